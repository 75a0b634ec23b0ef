<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en_US">
<context>
    <name></name>
    <message>
        <source>This file was already imported on {on} as import #{id}; importing it again would change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The money in this file is in {found} ({found_symbol}), but your amounts are shown in {preferred} ({preferred_symbol}). Amounts are never converted: use {found_symbol} for your amounts, or import this file without its revenue and cost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is a per-message log without a campaign column: type the campaign&apos;s name in the box above, or choose the column that holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no campaign name column: choose the column that holds it, or type a campaign name above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no date column: choose the column that holds the day each campaign was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rows} for other channels ({channels}) left out: SMS Planner imports SMS and MMS campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: every row is for another channel than SMS ({channels}); SMS Planner imports SMS and MMS campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: {problems} found; nothing was imported. Fix the file and open it again, or import the good rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} Open your provider&apos;s campaign report instead (one row per send), or choose the column that holds the send date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: its money is in {found}, but your amounts are in {preferred} (Preferences); nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: no row could be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no column &apos;{column}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupWords</name>
    <message>
        <source>Backed up by you</source>
        <translation>Copia hecha por usted</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Antes de una importación</translation>
    </message>
    <message>
        <source>Before undoing an import</source>
        <translation>Antes de deshacer una importación</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Antes de una actualización</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>Restoring the backup from {backup}…</source>
        <translation>Restaurando la copia {backup}…</translation>
    </message>
    <message>
        <source>Restored the backup from {backup}. Your previous file was kept as {kept}.</source>
        <translation>Se restauró la copia {backup}. Su archivo anterior se guardó como {kept}.</translation>
    </message>
    <message>
        <source>Restored the backup from {backup}.</source>
        <translation>Se restauró la copia {backup}.</translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation>La copia no se restauró.</translation>
    </message>
    <message>
        <source>Export campaigns</source>
        <translation>Exportar campañas</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;Archivo CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln campaign(s) to {path}.</source>
        <translation>
            <numerusform>Se exportó %Ln campaña a {path}.</numerusform>
            <numerusform>Se exportaron %Ln campañas a {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export shown campaigns…</source>
        <translation>Exportar campañas mostradas…</translation>
    </message>
    <message>
        <source>Export all campaigns…</source>
        <translation>Exportar todas las campañas…</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>Copias de seguridad…</translation>
    </message>
    <message>
        <source>Your newest good backup can take its place. The damaged file is kept beside it, renamed; nothing is deleted.</source>
        <translation>Su copia de seguridad buena más reciente puede ocupar su lugar. El archivo dañado se guarda al lado, con otro nombre; no se borra nada.</translation>
    </message>
    <message>
        <source>Your newest good backup made on {date} at {time} can take its place. The damaged file is kept beside it, renamed; nothing is deleted.</source>
        <translation>Su copia de seguridad buena más reciente, del {date} a las {time}, puede ocupar su lugar. El archivo dañado se guarda al lado, con otro nombre; no se borra nada.</translation>
    </message>
    <message numerus="yes">
        <source>Your newest good backup made on {date} at {time} with %Ln campaign(s) can take its place. The damaged file is kept beside it, renamed; nothing is deleted.</source>
        <translation>
            <numerusform>Su copia de seguridad buena más reciente, del {date} a las {time} con %Ln campaña, puede ocupar su lugar. El archivo dañado se guarda al lado, con otro nombre; no se borra nada.</numerusform>
            <numerusform>Su copia de seguridad buena más reciente, del {date} a las {time} con %Ln campañas, puede ocupar su lugar. El archivo dañado se guarda al lado, con otro nombre; no se borra nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>The campaign file cannot be used</source>
        <translation>El archivo de campañas no se puede usar</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Restaurar la copia más reciente</translation>
    </message>
    <message>
        <source>No good backup of it was found. The file is left as it is; open another file or start a new one.</source>
        <translation>No se encontró ninguna copia buena. El archivo queda como está; abra otro archivo o empiece uno nuevo.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Restoring your newest backup…</source>
        <translation>Restaurando su copia más reciente…</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restaurando</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Hacer copia ahora</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <source>Backups of {file} are kept in {folder}: the last 10, one a day for a week and one a month for a year. Restoring keeps your current file too.</source>
        <translation>Las copias de {file} se guardan en {folder}: las últimas 10, una por día durante una semana y una por mes durante un año. Al restaurar, su archivo actual también se conserva.</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation>Copia guardada en {path}.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia?</translation>
    </message>
    <message numerus="yes">
        <source>Replace your campaigns with the backup made on {date} at {time} (%Ln campaign(s))?

A copy of your current file is kept beside it, named with “set-aside” and the time; nothing is deleted.</source>
        <translation>
            <numerusform>¿Reemplazar sus campañas por la copia del {date} a las {time} (%Ln campaña)?

Se guarda una copia de su archivo actual al lado, con «set-aside» y la hora en el nombre; no se borra nada.</numerusform>
            <numerusform>¿Reemplazar sus campañas por la copia del {date} a las {time} (%Ln campañas)?

Se guarda una copia de su archivo actual al lado, con «set-aside» y la hora en el nombre; no se borra nada.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <source>The details were saved to {path}. Please send that file with your report.</source>
        <translation>Los detalles se guardaron en {path}. Envíe ese archivo junto con su reporte.</translation>
    </message>
    <message>
        <source>The details could not be saved to the log file.</source>
        <translation>Los detalles no se pudieron guardar en el archivo de registro.</translation>
    </message>
    <message>
        <source>Something went wrong that {app} did not expect ({kind}). Your saved campaigns are not affected.</source>
        <translation>Ocurrió algo que {app} no esperaba ({kind}). Sus campañas guardadas no se ven afectadas.</translation>
    </message>
    <message>
        <source>{file}: stopped; nothing was written.</source>
        <translation>{file}: detenido; no se escribió nada.</translation>
    </message>
    <message>
        <source>Stopped; nothing was written.</source>
        <translation>Detenido; no se escribió nada.</translation>
    </message>
    <message>
        <source>The disk is full, so {app} could not save. Nothing was changed: free some space (or choose another drive) and try again.</source>
        <translation>El disco está lleno, así que {app} no pudo guardar. No se cambió nada: libere espacio (o elija otra unidad) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The campaign file is busy: another copy of {app} (or the smsplanner command) is saving to it. Nothing was changed; try again in a moment.</source>
        <translation>El archivo de campañas está ocupado: otra copia de {app} (o el comando smsplanner) está guardando en él. No se cambió nada; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>{app} can only read this campaign file. Your change was not saved. Copy the file somewhere you can write to, or open another file.</source>
        <translation>{app} solo puede leer este archivo de campañas. Su cambio no se guardó. Copie el archivo a un lugar donde pueda escribir, o abra otro archivo.</translation>
    </message>
    <message>
        <source>A file that comes with {app} is missing. Please download and unzip the app again.</source>
        <translation>Falta un archivo que viene con {app}. Vuelva a descargar y descomprimir la aplicación.</translation>
    </message>
    <message>
        <source>{path} is not an SMS Planner campaign file (it is not a SQLite database), so SMS Planner will not change it.</source>
        <translation>{path} no es un archivo de campañas de SMS Planner (no es una base de datos SQLite), así que SMS Planner no lo cambiará.</translation>
    </message>
    <message>
        <source>The campaign file {path} is empty (0 bytes), so SMS Planner will not start it as a new file.</source>
        <translation>El archivo de campañas {path} está vacío (0 bytes), así que SMS Planner no lo usará como archivo nuevo.</translation>
    </message>
    <message>
        <source>The campaign file {path} is damaged, so SMS Planner will not change it.</source>
        <translation>El archivo de campañas {path} está dañado, así que SMS Planner no lo cambiará.</translation>
    </message>
    <message>
        <source>No good backup of it was found. Keep the file as it is and open another file, or start a new one.</source>
        <translation>No se encontró ninguna copia buena. Deje el archivo como está y abra otro archivo, o empiece uno nuevo.</translation>
    </message>
    <message>
        <source>Your newest good backup is {backup}: restore it with File &gt; Backups.</source>
        <translation>Su copia buena más reciente es {backup}: restáurela con Archivo &gt; Copias de seguridad.</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Mensaje de error</translation>
    </message>
</context>
<context>
    <name>FormatWords</name>
    <message>
        <source>a count it needs is not known, or nobody received it</source>
        <translation>falta un dato necesario, o nadie lo recibió</translation>
    </message>
    <message>
        <source>{label}: unknown ({reason})</source>
        <translation>{label}: desconocido ({reason})</translation>
    </message>
    <message>
        <source>{part} of {whole} delivered</source>
        <translation>{part} de {whole} entregados</translation>
    </message>
    <message>
        <source>{part} of {whole} sent</source>
        <translation>{part} de {whole} enviados</translation>
    </message>
    <message>
        <source>{part} of {whole} delivered or sent</source>
        <translation>{part} de {whole} entregados o enviados</translation>
    </message>
    <message>
        <source>{part} of {whole}</source>
        <translation>{part} de {whole}</translation>
    </message>
    <message>
        <source>{label}: {rate}</source>
        <translation>{label}: {rate}</translation>
    </message>
    <message>
        <source>{level} interval: {interval}</source>
        <translation>Intervalo al {level}: {interval}</translation>
    </message>
</context>
<context>
    <name>FrameWords</name>
    <message>
        <source>Database file</source>
        <translation>Archivo de datos</translation>
    </message>
    <message>
        <source>Campaigns shown</source>
        <translation>Campañas mostradas</translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation>Aún no hay campañas</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln campaign(s) shown</source>
        <translation>
            <numerusform>{shown} de %Ln campaña mostradas</numerusform>
            <numerusform>{shown} de %Ln campañas mostradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Database file: {path}</source>
        <translation>Archivo de datos: {path}</translation>
    </message>
    <message>
        <source>Quit {app}?</source>
        <translation>¿Salir de {app}?</translation>
    </message>
    <message>
        <source>{app} is still working (for example on an import). Stop the work and quit? Work that is stopped leaves your saved campaigns as they were.</source>
        <translation>{app} todavía está trabajando (por ejemplo, en una importación). ¿Detener el trabajo y salir? Un trabajo detenido deja sus campañas guardadas como estaban.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>{app} guide</source>
        <translation>Guía de {app}</translation>
    </message>
    <message>
        <source>Search the guide, e.g. conversion rate</source>
        <translation>Buscar, p. ej. tasa de conversión</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Buscar en la guía</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) found</source>
        <translation>
            <numerusform>%n página encontrada</numerusform>
            <numerusform>%n páginas encontradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found: try another word.</source>
        <translation>No se encontró nada: pruebe otra palabra.</translation>
    </message>
</context>
<context>
    <name>GuideWords</name>
    <message>
        <source>What is this?</source>
        <translation>¿Qué es esto?</translation>
    </message>
    <message>
        <source>Open the guide at this explanation</source>
        <translation>Abrir la guía en esta explicación</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Another currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use {symbol} for my amounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import without revenue and cost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <source>Added “{name}”. It is hidden by the current filters.</source>
        <translation>Se agregó «{name}». Los filtros actuales la ocultan.</translation>
    </message>
    <message>
        <source>Added “{name}”.</source>
        <translation>Se agregó «{name}».</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>Se guardó «{name}».</translation>
    </message>
    <message>
        <source>Deleted “{name}”. Undo with Ctrl+Z.</source>
        <translation>Se eliminó «{name}». Deshaga con Ctrl+Z.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n campaign(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Se eliminó %n campaña. Deshaga con Ctrl+Z.</numerusform>
            <numerusform>Se eliminaron %n campañas. Deshaga con Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s) with headers.</source>
        <translation>
            <numerusform>Se copió %n fila con encabezados.</numerusform>
            <numerusform>Se copiaron %n filas con encabezados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n sample campaign(s).</source>
        <translation>
            <numerusform>Se agregó %n campaña de ejemplo.</numerusform>
            <numerusform>Se agregaron %n campañas de ejemplo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sample campaigns are already here.</source>
        <translation>Las campañas de ejemplo ya están aquí.</translation>
    </message>
    <message>
        <source>There are no sample campaigns in this file.</source>
        <translation>Este archivo no tiene campañas de ejemplo.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n sample campaign(s); your own campaigns are untouched. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>Se quitó %n campaña de ejemplo; sus campañas no se tocaron. Deshaga con Ctrl+Z.</numerusform>
            <numerusform>Se quitaron %n campañas de ejemplo; sus campañas no se tocaron. Deshaga con Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove sample data</source>
        <translation>Quitar datos de ejemplo</translation>
    </message>
    <message>
        <source>Opened {path}.</source>
        <translation>Se abrió {path}.</translation>
    </message>
</context>
<context>
    <name>MarkWords</name>
    <message>
        <source>Added by the last import</source>
        <translation>Agregada por la última importación</translation>
    </message>
    <message>
        <source>Changed by the last import</source>
        <translation>Cambiada por la última importación</translation>
    </message>
</context>
<context>
    <name>MenuWords</name>
    <message>
        <source>&amp;Import results…</source>
        <translation>&amp;Importar resultados…</translation>
    </message>
    <message>
        <source>Read campaign results from a CSV or Excel file</source>
        <translation>Leer resultados de campañas desde un archivo CSV o Excel</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;Nueva campaña…</translation>
    </message>
    <message>
        <source>Type in the figures of a campaign</source>
        <translation>Escribir las cifras de una campaña</translation>
    </message>
    <message>
        <source>Load &amp;sample data</source>
        <translation>Cargar datos de &amp;ejemplo</translation>
    </message>
    <message>
        <source>Add 48 made-up campaigns to explore the app</source>
        <translation>Agregar 48 campañas inventadas para explorar la aplicación</translation>
    </message>
    <message>
        <source>&amp;Remove sample data</source>
        <translation>&amp;Quitar datos de ejemplo</translation>
    </message>
    <message>
        <source>Take out exactly the made-up sample campaigns; your own stay (you can undo)</source>
        <translation>Quita exactamente las campañas de ejemplo inventadas; las suyas se quedan (se puede deshacer)</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>Im&amp;primir informe…</translation>
    </message>
    <message>
        <source>A one- or two-page summary of a month or range of days, on paper</source>
        <translation>Un resumen de una o dos páginas de un mes o un período, en papel</translation>
    </message>
    <message>
        <source>Save report as P&amp;DF…</source>
        <translation>Guardar informe como P&amp;DF…</translation>
    </message>
    <message>
        <source>The same summary as a PDF file, to keep or send</source>
        <translation>El mismo resumen como archivo PDF, para guardar o enviar</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <source>Currency, cost per message, benchmark band and database location</source>
        <translation>Moneda, costo por mensaje, rango de referencia y ubicación de la base de datos</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>&amp;Copiar filas</translation>
    </message>
    <message>
        <source>Copy the selected rows with headers, for a spreadsheet</source>
        <translation>Copiar las filas seleccionadas con encabezados, para una hoja de cálculo</translation>
    </message>
    <message>
        <source>&amp;Edit campaign…</source>
        <translation>&amp;Editar campaña…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete the selected campaigns (you can undo)</source>
        <translation>Eliminar las campañas seleccionadas (se puede deshacer)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Seleccionar &amp;todo</translation>
    </message>
    <message>
        <source>&amp;Campaigns</source>
        <translation>&amp;Campañas</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Limpiar filtros</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guía</translation>
    </message>
    <message>
        <source>The built-in guide, at the page about this screen</source>
        <translation>La guía incluida, en la página sobre esta pantalla</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;Acerca de {app}</translation>
    </message>
    <message>
        <source>Where is my &amp;data?</source>
        <translation>¿Dónde están mis &amp;datos?</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;p&gt;Plan SMS campaigns from your own results: rates with honest 95% ranges, trends, forecasts and A/B tests.&lt;/p&gt;</source>
        <translation>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;p&gt;Planifique campañas de SMS con sus propios resultados: tasas con rangos honestos al 95 %, tendencias, pronósticos y pruebas A/B.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Where is my data?</source>
        <translation>¿Dónde están mis datos?</translation>
    </message>
    <message>
        <source>Your campaigns are in:
{database}

Problems are logged in:
{log}</source>
        <translation>Sus campañas están en:
{database}

Los problemas se registran en:
{log}</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>T&amp;ema</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Sistema</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Idio&amp;ma</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The new language applies the next time you start {app}.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que inicie {app}.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Dinero</translation>
    </message>
    <message>
        <source>Currency symbol</source>
        <translation>Símbolo de moneda</translation>
    </message>
    <message>
        <source>Currency symbol position</source>
        <translation>Posición del símbolo de moneda</translation>
    </message>
    <message>
        <source>Before the amount</source>
        <translation>Antes del monto</translation>
    </message>
    <message>
        <source>After the amount</source>
        <translation>Después del monto</translation>
    </message>
    <message>
        <source>Default cost per message</source>
        <translation>Costo por mensaje predeterminado</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>sin definir</translation>
    </message>
    <message>
        <source>Currency &amp;symbol:</source>
        <translation>&amp;Símbolo de moneda:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Posición:</translation>
    </message>
    <message>
        <source>Looks like:</source>
        <translation>Se verá así:</translation>
    </message>
    <message>
        <source>Default &amp;cost per message:</source>
        <translation>&amp;Costo por mensaje predeterminado:</translation>
    </message>
    <message>
        <source>Benchmark band on charts</source>
        <translation>Rango de referencia en los gráficos</translation>
    </message>
    <message>
        <source>Benchmark band low end</source>
        <translation>Extremo inferior del rango de referencia</translation>
    </message>
    <message>
        <source>Benchmark band high end</source>
        <translation>Extremo superior del rango de referencia</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>The commonly quoted SMS conversion range is about 2–7%. It is a rough industry figure, not a target: your own history is the better guide.</source>
        <translation>El rango de conversión de SMS que se suele citar es de 2–7 %. Es una cifra aproximada del sector, no una meta: su propio historial es mejor guía.</translation>
    </message>
    <message>
        <source>The low end must be below the high end.</source>
        <translation>El extremo inferior debe ser menor que el superior.</translation>
    </message>
    <message>
        <source>Typical &amp;range:</source>
        <translation>&amp;Rango habitual:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <source>Database file in use</source>
        <translation>Archivo de datos en uso</translation>
    </message>
    <message>
        <source>&amp;Open another file…</source>
        <translation>&amp;Abrir otro archivo…</translation>
    </message>
    <message>
        <source>Create a &amp;new file…</source>
        <translation>Crear un archivo &amp;nuevo…</translation>
    </message>
    <message>
        <source>Your campaigns are saved in:</source>
        <translation>Sus campañas se guardan en:</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Abrir una base de datos</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>Crear una base de datos</translation>
    </message>
    <message>
        <source>Cost per message</source>
        <translation>Costo por mensaje</translation>
    </message>
    <message>
        <source>Cost per message cannot be negative.</source>
        <translation>El costo por mensaje no puede ser negativo.</translation>
    </message>
</context>
<context>
    <name>PreferencesWords</name>
    <message>
        <source>SMS Planner database (*.sqlite *.db);;All files (*)</source>
        <translation>Base de datos de SMS Planner (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>StartWords</name>
    <message>
        <source>Today&apos;s backup could not be made: {reason}</source>
        <translation>No se pudo hacer la copia de seguridad de hoy: {reason}</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to {app}</source>
        <translation>Bienvenido a {app}</translation>
    </message>
    <message>
        <source>See how your text-message campaigns really perform: conversion, clicks and replies for every send, with honest ranges, trends over time and what to expect next time.

There are no campaigns here yet. How would you like to start?</source>
        <translation>Vea cómo funcionan de verdad sus campañas de SMS: conversiones, clics y respuestas de cada envío, con rangos honestos, tendencias en el tiempo y qué esperar la próxima vez.

Todavía no hay campañas. ¿Cómo le gustaría empezar?</translation>
    </message>
    <message>
        <source>&amp;Import results…</source>
        <translation>&amp;Importar resultados…</translation>
    </message>
    <message>
        <source>Read the CSV or Excel file from your SMS provider; you see what was read before anything is saved.</source>
        <translation>Leer el archivo CSV o Excel de su proveedor de SMS; verá lo que se leyó antes de guardar nada.</translation>
    </message>
    <message>
        <source>&amp;Add a campaign…</source>
        <translation>&amp;Agregar una campaña…</translation>
    </message>
    <message>
        <source>Type in the figures of one campaign yourself: messages sent, clicks, orders and so on.</source>
        <translation>Escriba usted mismo las cifras de una campaña: mensajes enviados, clics, pedidos, etc.</translation>
    </message>
    <message>
        <source>&amp;Explore with sample data</source>
        <translation>&amp;Explorar con datos de ejemplo</translation>
    </message>
    <message>
        <source>Try every screen on {count} made-up campaigns; File &gt; Remove sample data takes out exactly those when you are done.</source>
        <translation>Pruebe cada pantalla con {count} campañas inventadas; Archivo &gt; Quitar datos de ejemplo quita exactamente esas cuando termine.</translation>
    </message>
</context>
</TS>
