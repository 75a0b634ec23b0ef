<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en_US">
<context>
    <name>ABChart</name>
    <message>
        <source>A and B conversion rates with their likely ranges</source>
        <translation>Tasas de conversión de A y B con sus rangos probables</translation>
    </message>
</context>
<context>
    <name>ABWords</name>
    <message>
        <source>If both really converted alike, chance alone would give a gap this big less than once in 1,000.</source>
        <translation>Si ambos convirtieran realmente igual, el azar por sí solo daría una diferencia así menos de una vez en 1.000.</translation>
    </message>
    <message>
        <source>If both really converted alike, chance alone would give a gap this big less than once in 100.</source>
        <translation>Si ambos convirtieran realmente igual, el azar por sí solo daría una diferencia así menos de una vez en 100.</translation>
    </message>
    <message>
        <source>If both really converted alike, chance alone would give a gap this big nearly every time.</source>
        <translation>Si ambos convirtieran realmente igual, el azar por sí solo daría una diferencia así casi siempre.</translation>
    </message>
    <message>
        <source>If both really converted alike, chance alone would give a gap this big about once in 100.</source>
        <translation>Si ambos convirtieran realmente igual, el azar por sí solo daría una diferencia así aproximadamente una vez en 100.</translation>
    </message>
    <message>
        <source>If both really converted alike, chance alone would give a gap this big about {times} times in 100.</source>
        <translation>Si ambos convirtieran realmente igual, el azar por sí solo daría una diferencia así unas {times} veces de cada 100.</translation>
    </message>
    <message>
        <source>If both really converted alike, chance alone would give a gap this big about once in 10.</source>
        <translation>Si ambos convirtieran realmente igual, el azar por sí solo daría una diferencia así aproximadamente una vez en 10.</translation>
    </message>
    <message>
        <source>If both really converted alike, chance alone would give a gap this big about {times} times in 10.</source>
        <translation>Si ambos convirtieran realmente igual, el azar por sí solo daría una diferencia así unas {times} veces de cada 10.</translation>
    </message>
    <message>
        <source>{better} converts better than {worse}; a difference this size is unlikely to be chance.</source>
        <translation>{better} convierte mejor que {worse}; es poco probable que una diferencia así sea casualidad.</translation>
    </message>
    <message>
        <source>Both converted at the same rate: there is no difference to settle.</source>
        <translation>Ambos convirtieron con la misma tasa: no hay ninguna diferencia que resolver.</translation>
    </message>
    <message>
        <source>Not enough data to tell: these campaigns vary so much from one send to the next that more campaigns, not just more recipients, would be needed to settle a difference this size.</source>
        <translation>No hay datos suficientes para saberlo: estas campañas varían tanto de un envío a otro que harían falta más campañas, no solo más destinatarios, para resolver una diferencia así.</translation>
    </message>
    <message numerus="yes">
        <source>Not enough data to tell: about %Ln more recipient(s) per message would settle a difference this size.</source>
        <translation>
            <numerusform>No hay datos suficientes para saberlo: unos %Ln destinatario más por mensaje resolvería una diferencia así.</numerusform>
            <numerusform>No hay datos suficientes para saberlo: unos %Ln destinatarios más por mensaje resolverían una diferencia así.</numerusform>
        </translation>
    </message>
    <message>
        <source>No clear winner: the difference is small enough to be chance, even with this many recipients.</source>
        <translation>No hay un ganador claro: la diferencia es lo bastante pequeña para ser casualidad, incluso con tantos destinatarios.</translation>
    </message>
    <message>
        <source>{letter} ({name})</source>
        <translation>{letter} ({name})</translation>
    </message>
    <message>
        <source>random-effects comparison of campaign rates (campaign-to-campaign variance by restricted likelihood with a weak prior; Hartung-Knapp t test), t on {df} df</source>
        <translation>comparación de efectos aleatorios de las tasas de campaña (varianza entre campañas por verosimilitud restringida con una previa débil; prueba t de Hartung-Knapp), t con {df} gl</translation>
    </message>
    <message>
        <source>t interval of the difference in campaign-weighted rates</source>
        <translation>intervalo t de la diferencia de tasas ponderadas por campaña</translation>
    </message>
    <message>
        <source>Fisher&apos;s exact test</source>
        <translation>prueba exacta de Fisher</translation>
    </message>
    <message>
        <source>two-proportion z-test</source>
        <translation>prueba z de dos proporciones</translation>
    </message>
    <message>
        <source>Newcombe hybrid score interval</source>
        <translation>intervalo de puntuación híbrido de Newcombe</translation>
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
    <name>BreakdownPlot</name>
    <message>
        <source>Breakdown chart</source>
        <translation>Gráfico de desglose</translation>
    </message>
    <message>
        <source>all {rate}</source>
        <translation>todos {rate}</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Plan a send…</source>
        <translation>Planificar un envío…</translation>
    </message>
    <message>
        <source>Sent: green above your usual conversion range, grey within it, orange below.  Planned: dashed blue, with the 80% range of orders.  ⚠ has a warning.</source>
        <translation>Enviado: verde por encima de su rango de conversión habitual, gris dentro, naranja por debajo.  Planificado: azul punteado, con el rango del 80 % de pedidos.  ⚠ tiene un aviso.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Export calendar (.ics)…</source>
        <translation>Exportar calendario (.ics)…</translation>
    </message>
    <message>
        <source>Save your planned sends as calendar events, with reminders</source>
        <translation>Guardar sus envíos planificados como eventos de calendario, con recordatorios</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; send(s) ({planned} planned)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; envío ({planned} planificado(s))</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; envíos ({planned} planificados)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; send(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; envío</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; envíos</numerusform>
        </translation>
    </message>
    <message>
        <source>cost &lt;b&gt;{cost}&lt;/b&gt;</source>
        <translation>costo &lt;b&gt;{cost}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>cost &lt;b&gt;{cost}&lt;/b&gt; of your {budget} budget (&lt;span style=&apos;color:#b3261e&apos;&gt;{over} over&lt;/span&gt;)</source>
        <translation>costo &lt;b&gt;{cost}&lt;/b&gt; de su presupuesto de {budget} (&lt;span style=&apos;color:#b3261e&apos;&gt;{over} de más&lt;/span&gt;)</translation>
    </message>
    <message>
        <source>cost &lt;b&gt;{cost}&lt;/b&gt; of your {budget} budget ({left} left)</source>
        <translation>costo &lt;b&gt;{cost}&lt;/b&gt; de su presupuesto de {budget} (quedan {left})</translation>
    </message>
    <message>
        <source>planned sends: about {orders} orders ({low}-{high})</source>
        <translation>envíos planificados: unos {orders} pedidos ({low}-{high})</translation>
    </message>
    <message>
        <source>revenue {low} to {high}</source>
        <translation>ingresos de {low} a {high}</translation>
    </message>
    <message>
        <source>Planned “{name}” for {day}.</source>
        <translation>“{name}” planificado para el {day}.</translation>
    </message>
    <message>
        <source>Saved the plan “{name}”; its new forecast is kept.</source>
        <translation>Plan “{name}” guardado; se conserva su nuevo pronóstico.</translation>
    </message>
    <message>
        <source>Moved “{name}” to {day}. Undo with Ctrl+Z.</source>
        <translation>“{name}” movido al {day}. Deshaga con Ctrl+Z.</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <source>SMS plans.ics</source>
        <translation>Planes SMS.ics</translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation>Archivo de calendario (*.ics)</translation>
    </message>
    <message>
        <source>The calendar could not be saved to {path} ({reason}).</source>
        <translation>No se pudo guardar el calendario en {path} ({reason}).</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n planned send(s) to {file}. Open it in your calendar app; exporting again updates the same events.</source>
        <translation>
            <numerusform>%n envío planificado guardado en {file}. Ábralo en su aplicación de calendario; exportar de nuevo actualiza los mismos eventos.</numerusform>
            <numerusform>%n envíos planificados guardados en {file}. Ábralo en su aplicación de calendario; exportar de nuevo actualiza los mismos eventos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>Edit campaign</source>
        <translation>Editar campaña</translation>
    </message>
    <message>
        <source>Add a campaign</source>
        <translation>Agregar una campaña</translation>
    </message>
    <message>
        <source>The send</source>
        <translation>El envío</translation>
    </message>
    <message>
        <source>e.g. Spring sale reminder</source>
        <translation>p. ej. Recordatorio de rebajas de primavera</translation>
    </message>
    <message>
        <source>HH:MM, e.g. 09:30 (optional)</source>
        <translation>HH:MM, p. ej. 09:30 (opcional)</translation>
    </message>
    <message>
        <source>Who it went to</source>
        <translation>A quién se envió</translation>
    </message>
    <message>
        <source>e.g. 20% off, free delivery</source>
        <translation>p. ej. 20 % de descuento, envío gratis</translation>
    </message>
    <message>
        <source>Results (leave empty what you do not know)</source>
        <translation>Resultados (deje vacío lo que no sepa)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>Rates of this campaign</source>
        <translation>Tasas de esta campaña</translation>
    </message>
    <message>
        <source>Rates:</source>
        <translation>Tasas:</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Add campaign</source>
        <translation>Agregar campaña</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>Enter how many messages were sent (or delivered) and how many people converted, and the rates appear here.</source>
        <translation>Indique cuántos mensajes se enviaron (o entregaron) y cuántas personas convirtieron, y las tasas aparecerán aquí.</translation>
    </message>
    <message>
        <source>Correct the figures marked above to see the rates.</source>
        <translation>Corrija las cifras marcadas arriba para ver las tasas.</translation>
    </message>
    <message>
        <source>Fill in the counts to see rates.</source>
        <translation>Complete las cifras para ver las tasas.</translation>
    </message>
    <message>
        <source>{rate}: {percent} ({part} of {whole} delivered)</source>
        <translation>{rate}: {percent} ({part} de {whole} entregados)</translation>
    </message>
    <message>
        <source>{rate}: {percent} ({part} of {whole} sent)</source>
        <translation>{rate}: {percent} ({part} de {whole} enviados)</translation>
    </message>
    <message>
        <source>{rate}: {percent} ({part} of {whole})</source>
        <translation>{rate}: {percent} ({part} de {whole})</translation>
    </message>
    <message>
        <source>Cost not filled in: at your default price per message it would be about {amount}.</source>
        <translation>Costo sin completar: con su precio habitual por mensaje sería de unos {amount}.</translation>
    </message>
</context>
<context>
    <name>CampaignFormWords</name>
    <message>
        <source>{field} must be a whole number like 1200 (leave it empty if not known).</source>
        <translation>{field} debe ser un número entero como 1200 (déjelo vacío si no lo sabe).</translation>
    </message>
    <message>
        <source>{field} must be an amount like 125.50 (leave it empty if not known).</source>
        <translation>{field} debe ser un importe como 125,50 (déjelo vacío si no lo sabe).</translation>
    </message>
</context>
<context>
    <name>CampaignProblemWords</name>
    <message>
        <source>{field} ({value}) cannot be more than the people who received the message ({recipients} delivered).</source>
        <translation>{field} ({value}) no puede ser más que las personas que recibieron el mensaje ({recipients} entregados).</translation>
    </message>
    <message>
        <source>{field} ({value}) cannot be more than the people who received the message ({recipients} sent).</source>
        <translation>{field} ({value}) no puede ser más que las personas que recibieron el mensaje ({recipients} enviados).</translation>
    </message>
    <message>
        <source>Name is missing: give the campaign a name.</source>
        <translation>Falta el nombre: póngale un nombre a la campaña.</translation>
    </message>
    <message>
        <source>Date is missing: when was it sent?</source>
        <translation>Falta la fecha: ¿cuándo se envió?</translation>
    </message>
    <message>
        <source>Send time &apos;{value}&apos; is not a time like 09:30 (24-hour HH:MM).</source>
        <translation>La hora de envío &apos;{value}&apos; no es una hora como 09:30 (24 horas, HH:MM).</translation>
    </message>
    <message>
        <source>Status &apos;{value}&apos; is not planned or sent.</source>
        <translation>El estado &apos;{value}&apos; no es planificado ni enviado.</translation>
    </message>
    <message>
        <source>Planned audience must be a whole number of people, 0 or more.</source>
        <translation>La audiencia planificada debe ser un número entero de personas, 0 o más.</translation>
    </message>
    <message>
        <source>Channel is missing (usually &apos;sms&apos;).</source>
        <translation>Falta el canal (normalmente &apos;sms&apos;).</translation>
    </message>
    <message>
        <source>{field} is {length} characters long; SMS Planner keeps at most {most}.</source>
        <translation>{field} tiene {length} caracteres; SMS Planner guarda como máximo {most}.</translation>
    </message>
    <message>
        <source>{field} must be a whole number, not {value}.</source>
        <translation>{field} debe ser un número entero, no {value}.</translation>
    </message>
    <message>
        <source>{field} cannot be negative ({value}).</source>
        <translation>{field} no puede ser negativo ({value}).</translation>
    </message>
    <message>
        <source>{field} ({value}) is more than SMS Planner takes ({most}).</source>
        <translation>{field} ({value}) supera lo que SMS Planner acepta ({most}).</translation>
    </message>
    <message>
        <source>{field} must be an amount of money.</source>
        <translation>{field} debe ser una cantidad de dinero.</translation>
    </message>
    <message>
        <source>Delivered ({delivered}) cannot be more than sent ({sent}).</source>
        <translation>Entregados ({delivered}) no puede ser más que enviados ({sent}).</translation>
    </message>
    <message>
        <source>A campaign named &apos;{name}&apos; on {date} ({channel}) already exists: change the name or date, or edit the existing one.</source>
        <translation>Ya existe una campaña llamada &apos;{name}&apos; el {date} ({channel}): cambie el nombre o la fecha, o edite la existente.</translation>
    </message>
</context>
<context>
    <name>CampaignTable</name>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Totals of the campaigns shown</source>
        <translation>Totales de las campañas mostradas</translation>
    </message>
</context>
<context>
    <name>CampaignTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Tasa de conversión</translation>
    </message>
    <message>
        <source>Click-through</source>
        <translation>Clics (%)</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Entrega</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Bajas</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversiones</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>The day the message was sent</source>
        <translation>El día en que se envió el mensaje</translation>
    </message>
    <message>
        <source>Local send time (HH:MM)</source>
        <translation>Hora local de envío (HH:MM)</translation>
    </message>
    <message>
        <source>Who the message went to</source>
        <translation>A quién se envió el mensaje</translation>
    </message>
    <message>
        <source>The incentive in the message</source>
        <translation>El incentivo del mensaje</translation>
    </message>
    <message>
        <source>Planned: a send still to come (no results yet); sent: results known</source>
        <translation>Planificado: un envío por venir (aún sin resultados); enviado: resultados conocidos</translation>
    </message>
    <message>
        <source>Conversion rate = conversions ÷ recipients (delivered when known, else sent)</source>
        <translation>Tasa de conversión = conversiones ÷ destinatarios (entregados si se sabe, si no enviados)</translation>
    </message>
    <message>
        <source>Click-through rate = clicks ÷ recipients (delivered when known, else sent)</source>
        <translation>Tasa de clics = clics ÷ destinatarios (entregados si se sabe, si no enviados)</translation>
    </message>
    <message>
        <source>Response rate = replies ÷ recipients (delivered when known, else sent)</source>
        <translation>Tasa de respuesta = respuestas ÷ destinatarios (entregados si se sabe, si no enviados)</translation>
    </message>
    <message>
        <source>Delivery rate = delivered ÷ sent</source>
        <translation>Tasa de entrega = entregados ÷ enviados</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planificado</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>{column}: not known</source>
        <translation>{column}: desconocido</translation>
    </message>
</context>
<context>
    <name>CampaignUndoWords</name>
    <message>
        <source>Add “{name}”</source>
        <translation>Agregar “{name}”</translation>
    </message>
    <message>
        <source>Edit “{name}”</source>
        <translation>Editar “{name}”</translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>Eliminar “{name}”</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n campaign(s)</source>
        <translation>
            <numerusform>Eliminar %n campaña</numerusform>
            <numerusform>Eliminar %n campañas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignsWorkspace</name>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Elegir columnas</translation>
    </message>
    <message>
        <source>Choose which columns the table shows</source>
        <translation>Elija qué columnas muestra la tabla</translation>
    </message>
</context>
<context>
    <name>ChipWords</name>
    <message>
        <source>Conversion rate above your usual range.</source>
        <translation>Tasa de conversión por encima de su rango habitual.</translation>
    </message>
    <message>
        <source>Conversion rate within your usual range.</source>
        <translation>Tasa de conversión dentro de su rango habitual.</translation>
    </message>
    <message>
        <source>Conversion rate below your usual range.</source>
        <translation>Tasa de conversión por debajo de su rango habitual.</translation>
    </message>
    <message>
        <source>about {orders} orders, {low}–{high}</source>
        <translation>unos {orders} pedidos, {low}–{high}</translation>
    </message>
    <message>
        <source>no forecast yet</source>
        <translation>aún sin pronóstico</translation>
    </message>
    <message>
        <source>Planned: {name}</source>
        <translation>Planificado: {name}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) in {segment}</source>
        <translation>
            <numerusform>%Ln persona en {segment}</numerusform>
            <numerusform>%Ln personas en {segment}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln personas</numerusform>
        </translation>
    </message>
    <message>
        <source>Forecast {summary} (80% range), 95% range {low}–{high}.</source>
        <translation>Pronóstico {summary} (rango del 80 %), rango del 95 % {low}–{high}.</translation>
    </message>
    <message numerus="yes">
        <source>Based on %n past campaign(s) to {segment}.</source>
        <translation>
            <numerusform>Basado en %n campaña anterior a {segment}.</numerusform>
            <numerusform>Basado en %n campañas anteriores a {segment}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Based on %n past campaign(s).</source>
        <translation>
            <numerusform>Basado en %n campaña anterior.</numerusform>
            <numerusform>Basado en %n campañas anteriores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag to another day to move it; double-click to open.</source>
        <translation>Arrástrelo a otro día para moverlo; doble clic para abrir.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s), {rate}</source>
        <translation>
            <numerusform>%Ln pedido, {rate}</numerusform>
            <numerusform>%Ln pedidos, {rate}</numerusform>
        </translation>
    </message>
    <message>
        <source>results incomplete</source>
        <translation>resultados incompletos</translation>
    </message>
    <message>
        <source>Sent: {name}</source>
        <translation>Enviado: {name}</translation>
    </message>
    <message>
        <source>Double-click to open.</source>
        <translation>Doble clic para abrir.</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Did B really beat A?</source>
        <translation>¿B realmente superó a A?</translation>
    </message>
    <message>
        <source>Two campaigns</source>
        <translation>Dos campañas</translation>
    </message>
    <message>
        <source>Two segments</source>
        <translation>Dos segmentos</translation>
    </message>
    <message>
        <source>Two offers</source>
        <translation>Dos ofertas</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparar</translation>
    </message>
    <message>
        <source>Side {letter}</source>
        <translation>Lado {letter}</translation>
    </message>
    <message>
        <source>A converted</source>
        <translation>A convirtió</translation>
    </message>
    <message>
        <source>B converted</source>
        <translation>B convirtió</translation>
    </message>
    <message>
        <source>Could it be chance?</source>
        <translation>¿Podría ser casualidad?</translation>
    </message>
    <message>
        <source>Chance B is truly better</source>
        <translation>Probabilidad de que B sea mejor</translation>
    </message>
    <message>
        <source>How to read an A/B result</source>
        <translation>Cómo leer un resultado A/B</translation>
    </message>
    <message>
        <source>Pick two different campaigns or groups with conversions recorded.</source>
        <translation>Elija dos campañas o grupos distintos con conversiones registradas.</translation>
    </message>
    <message>
        <source>{rate}  ({conversions} of {recipients}; 95% interval {low} – {high})</source>
        <translation>{rate}  ({conversions} de {recipients}; intervalo del 95 % {low} – {high})</translation>
    </message>
    <message numerus="yes">
        <source>{rate} for a typical campaign  (95% interval {low} – {high}; %n campaign(s))</source>
        <translation>
            <numerusform>{rate} para una campaña típica  (intervalo del 95 % {low} – {high}; %n campaña)</numerusform>
            <numerusform>{rate} para una campaña típica  (intervalo del 95 % {low} – {high}; %n campañas)</numerusform>
        </translation>
    </message>
    <message>
        <source>The typical campaign&apos;s rate: campaign rates averaged, each weighted by how much it can be trusted. All {recipients} recipients pooled: {pooled} ({conversions} conversions).</source>
        <translation>La tasa de una campaña típica: promedio de las tasas de las campañas, cada una ponderada según su fiabilidad. Todos los {recipients} destinatarios juntos: {pooled} ({conversions} conversiones).</translation>
    </message>
    <message>
        <source>{difference} points  (95% interval {low} to {high})</source>
        <translation>{difference} puntos  (intervalo del 95 % de {low} a {high})</translation>
    </message>
    <message>
        <source>Percentage points; interval: {method}.</source>
        <translation>Puntos porcentuales; intervalo: {method}.</translation>
    </message>
    <message>
        <source>{p} ({test}, two-sided)</source>
        <translation>{p} ({test}, bilateral)</translation>
    </message>
    <message>
        <source>From Beta posteriors of the two rates (uniform prior).</source>
        <translation>A partir de las posteriores beta de las dos tasas (previa uniforme).</translation>
    </message>
    <message>
        <source>From the same t distribution as the test (one side of it).</source>
        <translation>A partir de la misma distribución t que la prueba (un solo lado).</translation>
    </message>
    <message>
        <source>Groups are compared campaign by campaign, allowing for how much their campaigns vary (hover over “Could it be chance?” for the method); other differences between the sends (day, list) are not controlled for.</source>
        <translation>Los grupos se comparan campaña por campaña, teniendo en cuenta cuánto varían sus campañas (pase el ratón sobre “¿Podría ser casualidad?” para ver el método); otras diferencias entre los envíos (día, lista) no se controlan.</translation>
    </message>
</context>
<context>
    <name>ConversionChart</name>
    <message>
        <source>Conversions</source>
        <translation>Conversiones</translation>
    </message>
    <message>
        <source>95% range</source>
        <translation>Rango del 95 %</translation>
    </message>
    <message>
        <source>80% range</source>
        <translation>Rango del 80 %</translation>
    </message>
    <message>
        <source>break-even</source>
        <translation>punto de equilibrio</translation>
    </message>
    <message>
        <source>break-even: {count}</source>
        <translation>punto de equilibrio: {count}</translation>
    </message>
    <message>
        <source>break-even: {count} (← off the chart)</source>
        <translation>punto de equilibrio: {count} (← fuera del gráfico)</translation>
    </message>
    <message>
        <source>break-even: {count} (off the chart →)</source>
        <translation>punto de equilibrio: {count} (fuera del gráfico →)</translation>
    </message>
</context>
<context>
    <name>CostWords</name>
    <message>
        <source>non-breaking space</source>
        <translation>espacio de no separación</translation>
    </message>
    <message>
        <source>zero-width space</source>
        <translation>espacio de ancho cero</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
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
    <name>DayCell</name>
    <message>
        <source>{day}  Today</source>
        <translation>{day}  Hoy</translation>
    </message>
    <message>
        <source>Public holiday: {name}</source>
        <translation>Día festivo: {name}</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n más</numerusform>
            <numerusform>+%n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan a send on {day}…</source>
        <translation>Planificar un envío el {day}…</translation>
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
    <name>FieldWords</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Send time</source>
        <translation>Hora de envío</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Bajas</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversiones</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Planned audience</source>
        <translation>Audiencia planificada</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Tasa de conversión</translation>
    </message>
    <message>
        <source>Click-through rate</source>
        <translation>Tasa de clics</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Tasa de respuesta</translation>
    </message>
    <message>
        <source>Delivery rate</source>
        <translation>Tasa de entrega</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search name, segment, offer or message</source>
        <translation>Buscar nombre, segmento, oferta o mensaje</translation>
    </message>
    <message>
        <source>Search campaigns</source>
        <translation>Buscar campañas</translation>
    </message>
    <message>
        <source>Segment filter</source>
        <translation>Filtro de segmento</translation>
    </message>
    <message>
        <source>Show one segment only</source>
        <translation>Mostrar solo un segmento</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation>Filtro de canal</translation>
    </message>
    <message>
        <source>Show one channel only</source>
        <translation>Mostrar solo un canal</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Desde la fecha</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Hasta la fecha</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Show every campaign again</source>
        <translation>Mostrar de nuevo todas las campañas</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Borrar filtros</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>any</source>
        <translation>cualquiera</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Todos los segmentos</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Todos los canales</translation>
    </message>
</context>
<context>
    <name>ForecastChart</name>
    <message>
        <source>Orders, % of forecast</source>
        <translation>Pedidos, % previsto</translation>
    </message>
    <message>
        <source>Forecasts, oldest to newest</source>
        <translation>Pronósticos, del más antiguo al más reciente</translation>
    </message>
    <message>
        <source>80% range</source>
        <translation>Rango 80 %</translation>
    </message>
    <message>
        <source>95% range</source>
        <translation>Rango 95 %</translation>
    </message>
    <message>
        <source>actual: inside 80%</source>
        <translation>real: dentro del 80 %</translation>
    </message>
    <message>
        <source>inside 95% only</source>
        <translation>solo dentro del 95 %</translation>
    </message>
    <message>
        <source>outside both</source>
        <translation>fuera de ambos</translation>
    </message>
</context>
<context>
    <name>ForecastsView</name>
    <message>
        <source>Each planned send keeps the forecast made before it went out. Once its results are in, it shows here: a good forecaster&apos;s 80% ranges hold about 8 times in 10, its 95% ranges about 19 times in 20.</source>
        <translation>Cada envío planificado guarda el pronóstico hecho antes de salir. Cuando llegan sus resultados, aparece aquí: con buenos pronósticos, los rangos del 80 % aciertan unas 8 de cada 10 veces, y los del 95 % unas 19 de cada 20.</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Enviado el</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Pronóstico</translation>
    </message>
    <message>
        <source>Likely range (80%)</source>
        <translation>Rango probable (80 %)</translation>
    </message>
    <message>
        <source>Wide range (95%)</source>
        <translation>Rango amplio (95 %)</translation>
    </message>
    <message>
        <source>Actual orders</source>
        <translation>Pedidos reales</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Forecasts</source>
        <translation>Pronósticos</translation>
    </message>
    <message>
        <source>inside the likely range</source>
        <translation>dentro del rango probable</translation>
    </message>
    <message>
        <source>inside the wide range only</source>
        <translation>solo dentro del rango amplio</translation>
    </message>
    <message>
        <source>outside both ranges</source>
        <translation>fuera de ambos rangos</translation>
    </message>
    <message>
        <source>about {count}</source>
        <translation>unos {count}</translation>
    </message>
    <message>
        <source>Forecast made {made}.</source>
        <translation>Pronóstico hecho el {made}.</translation>
    </message>
    <message numerus="yes">
        <source>Forecast made {made}, from {count} past campaign(s).</source>
        <translation>
            <numerusform>Pronóstico hecho el {made}, a partir de {count} campaña anterior.</numerusform>
            <numerusform>Pronóstico hecho el {made}, a partir de {count} campañas anteriores.</numerusform>
        </translation>
    </message>
    <message>
        <source>No forecast can be checked yet: plan a send, and once its results are in, you will see here whether the forecast was right.</source>
        <translation>Aún no se puede comprobar ningún pronóstico: planifique un envío y, cuando lleguen sus resultados, verá aquí si el pronóstico acertó.</translation>
    </message>
    <message numerus="yes">
        <source>Of your {count} checked forecast(s), {in80} landed inside the 80% range and {in95} inside the 95% range: too early to tell whether the ranges hold as often as promised.</source>
        <translation>
            <numerusform>De su {count} pronóstico comprobado, {in80} cayó dentro del rango del 80 % y {in95} dentro del 95 %: es pronto para saber si los rangos aciertan tan a menudo como prometen.</numerusform>
            <numerusform>De sus {count} pronósticos comprobados, {in80} cayeron dentro del rango del 80 % y {in95} dentro del 95 %: es pronto para saber si los rangos aciertan tan a menudo como prometen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of your last {count} forecasts, {in80} landed inside the 80% range and {in95} inside the 95% range: less often than promised: results vary more than the forecasts allow, so read the ranges as too narrow.</source>
        <translation>
            <numerusform>De su último pronóstico ({count}), {in80} cayó dentro del rango del 80 % y {in95} dentro del 95 %: menos a menudo de lo prometido: los resultados varían más de lo que prevén los pronósticos, así que tome los rangos como demasiado estrechos.</numerusform>
            <numerusform>De sus últimos {count} pronósticos, {in80} cayeron dentro del rango del 80 % y {in95} dentro del 95 %: menos a menudo de lo prometido: los resultados varían más de lo que prevén los pronósticos, así que tome los rangos como demasiado estrechos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of your last {count} forecasts, {in80} landed inside the 80% range and {in95} inside the 95% range: more often than promised: the ranges are on the cautious side.</source>
        <translation>
            <numerusform>De su último pronóstico ({count}), {in80} cayó dentro del rango del 80 % y {in95} dentro del 95 %: más a menudo de lo prometido: los rangos son más bien prudentes.</numerusform>
            <numerusform>De sus últimos {count} pronósticos, {in80} cayeron dentro del rango del 80 % y {in95} dentro del 95 %: más a menudo de lo prometido: los rangos son más bien prudentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of your last {count} forecasts, {in80} landed inside the 80% range and {in95} inside the 95% range: about as often as promised.</source>
        <translation>
            <numerusform>De su último pronóstico ({count}), {in80} cayó dentro del rango del 80 % y {in95} dentro del 95 %: más o menos tan a menudo como se prometió.</numerusform>
            <numerusform>De sus últimos {count} pronósticos, {in80} cayeron dentro del rango del 80 % y {in95} dentro del 95 %: más o menos tan a menudo como se prometió.</numerusform>
        </translation>
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
    <name>ImportBanner</name>
    <message>
        <source>Import result</source>
        <translation>Resultado de la importación</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>&amp;Deshacer esta importación</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Deshacer esta importación</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import stopped. Nothing was changed.</source>
        <translation>Importación detenida. No se cambió nada.</translation>
    </message>
    <message>
        <source>Stopped reading the file. Change a setting to read it again.</source>
        <translation>Se detuvo la lectura del archivo. Cambie un ajuste para volver a leerlo.</translation>
    </message>
    <message>
        <source>Something went wrong; nothing was changed.</source>
        <translation>Algo salió mal; no se cambió nada.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>Column names found on row {row} of sheet “{sheet}”. Choose above each column which figure it holds; tinted columns are used.</source>
        <translation>Nombres de columna encontrados en la fila {row} de la hoja “{sheet}”. Elija sobre cada columna qué cifra contiene; se usan las columnas sombreadas.</translation>
    </message>
    <message>
        <source>Column names found on row {row}. Choose above each column which figure it holds; tinted columns are used.</source>
        <translation>Nombres de columna encontrados en la fila {row}. Elija sobre cada columna qué cifra contiene; se usan las columnas sombreadas.</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Revisando cada fila…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Another currency</source>
        <translation>Otra moneda</translation>
    </message>
    <message>
        <source>Use {symbol} for my amounts</source>
        <translation>Usar {symbol} para mis importes</translation>
    </message>
    <message>
        <source>Import without revenue and cost</source>
        <translation>Importar sin ingresos ni costos</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
</context>
<context>
    <name>ImportDialogLayout</name>
    <message>
        <source>Import results — {position}</source>
        <translation>Importar resultados — {position}</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Importar resultados</translation>
    </message>
    <message>
        <source>Why this file cannot be imported</source>
        <translation>Por qué no se puede importar este archivo</translation>
    </message>
    <message>
        <source>&lt;b&gt;How the file was read&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cómo se leyó el archivo&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Stop reading or importing; nothing is changed</source>
        <translation>Detener la lectura o importación; no se cambia nada</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
</context>
<context>
    <name>ImportFileWords</name>
    <message>
        <source>a PNG image</source>
        <translation>una imagen PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>una imagen JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>una imagen GIF</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>un documento PDF</translation>
    </message>
    <message>
        <source>a web page (HTML)</source>
        <translation>una página web (HTML)</translation>
    </message>
    <message>
        <source>a gzip-compressed archive</source>
        <translation>un archivo comprimido gzip</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>un archivo RAR</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>un archivo 7-Zip</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>un documento de Word</translation>
    </message>
    <message>
        <source>a PowerPoint presentation</source>
        <translation>una presentación de PowerPoint</translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation>un archivo ZIP</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>un programa</translation>
    </message>
    <message>
        <source>a database file</source>
        <translation>un archivo de base de datos</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>un archivo de datos binarios</translation>
    </message>
    <message>
        <source>the sheet has no row {row} to use as the header.</source>
        <translation>la hoja no tiene una fila {row} que usar como encabezado.</translation>
    </message>
    <message>
        <source>the file has no row {row} to use as the header.</source>
        <translation>el archivo no tiene una fila {row} que usar como encabezado.</translation>
    </message>
    <message>
        <source>the column separator must be a comma, semicolon, tab or |.</source>
        <translation>el separador de columnas debe ser una coma, un punto y coma, un tabulador o |.</translation>
    </message>
    <message>
        <source>the decimal mark must be a point or a comma.</source>
        <translation>el separador decimal debe ser un punto o una coma.</translation>
    </message>
    <message>
        <source>the thousands separator must be a comma, point or space.</source>
        <translation>el separador de miles debe ser una coma, un punto o un espacio.</translation>
    </message>
    <message>
        <source>the decimal mark and the thousands separator must differ.</source>
        <translation>el separador decimal y el de miles deben ser distintos.</translation>
    </message>
    <message>
        <source>the date order must be day first or month first.</source>
        <translation>el orden de las fechas debe ser “día primero” o “mes primero”.</translation>
    </message>
    <message>
        <source>the header row must be 1 or more.</source>
        <translation>la fila de encabezado debe ser 1 o mayor.</translation>
    </message>
    <message>
        <source>the number of rows to preview cannot be negative.</source>
        <translation>el número de filas de la vista previa no puede ser negativo.</translation>
    </message>
    <message>
        <source>“{encoding}” is not a text encoding SMS Planner knows.</source>
        <translation>“{encoding}” no es una codificación de texto que SMS Planner conozca.</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>el archivo no existe.</translation>
    </message>
    <message>
        <source>this is a folder, not a file.</source>
        <translation>es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>SMS Planner is not allowed to read this file.</source>
        <translation>SMS Planner no tiene permiso para leer este archivo.</translation>
    </message>
    <message>
        <source>this is a shortcut (link) that points back to itself, not a file.</source>
        <translation>es un acceso directo (enlace) que apunta a sí mismo, no un archivo.</translation>
    </message>
    <message>
        <source>the file&apos;s name or folder path is too long to open.</source>
        <translation>el nombre del archivo o la ruta de la carpeta es demasiado largo para abrirlo.</translation>
    </message>
    <message>
        <source>the file could not be opened (the system says: {error}).</source>
        <translation>no se pudo abrir el archivo (mensaje del sistema: {error}).</translation>
    </message>
    <message>
        <source>this is a pipe between programs, not a file with a table in it.</source>
        <translation>es una tubería entre programas, no un archivo con una tabla.</translation>
    </message>
    <message>
        <source>this is a device, not a file with a table in it.</source>
        <translation>es un dispositivo, no un archivo con una tabla.</translation>
    </message>
    <message>
        <source>this is not an ordinary file.</source>
        <translation>no es un archivo normal.</translation>
    </message>
    <message>
        <source>the file is too large to read on this computer.</source>
        <translation>el archivo es demasiado grande para leerlo en este ordenador.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>el archivo está vacío.</translation>
    </message>
    <message>
        <source>the workbook is protected by a password. Open it in your spreadsheet program, remove the password, save it and try again.</source>
        <translation>el libro está protegido con contraseña. Ábralo en su hoja de cálculo, quite la contraseña, guárdelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>the workbook is damaged or incomplete (perhaps it did not finish downloading). Save or download it again.</source>
        <translation>el libro está dañado o incompleto (quizá la descarga no terminó). Guárdelo o descárguelo de nuevo.</translation>
    </message>
    <message>
        <source>this is an old Office file, but not an Excel workbook. Save it as .xlsx or .csv and try again.</source>
        <translation>es un archivo antiguo de Office, pero no un libro de Excel. Guárdelo como .xlsx o .csv y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>this “Excel” file is really a web page (HTML). Open it in your spreadsheet program and save it as .xlsx or .csv.</source>
        <translation>este archivo “Excel” es en realidad una página web (HTML). Ábralo en su hoja de cálculo y guárdelo como .xlsx o .csv.</translation>
    </message>
    <message>
        <source>this is {what}, not a spreadsheet or CSV file.</source>
        <translation>es {what}, no una hoja de cálculo ni un archivo CSV.</translation>
    </message>
    <message>
        <source>the text is not in the {encoding} encoding. Choose the file&apos;s encoding.</source>
        <translation>el texto no está en la codificación {encoding}. Elija la codificación del archivo.</translation>
    </message>
    <message>
        <source>the file holds binary data, not a table of text.</source>
        <translation>el archivo contiene datos binarios, no una tabla de texto.</translation>
    </message>
    <message>
        <source>the file holds no table, only blank lines.</source>
        <translation>el archivo no contiene ninguna tabla, solo líneas vacías.</translation>
    </message>
    <message>
        <source>the first line has {columns} columns; SMS Planner reads at most {most}, so this is not a table of campaigns.</source>
        <translation>la primera línea tiene {columns} columnas; SMS Planner lee como máximo {most}, así que no es una tabla de campañas.</translation>
    </message>
    <message>
        <source>row {row} has {columns} columns but the header has {header}. Check the column separator or fix that row.</source>
        <translation>la fila {row} tiene {columns} columnas, pero el encabezado tiene {header}. Compruebe el separador de columnas o corrija esa fila.</translation>
    </message>
    <message>
        <source>a quoted cell is never closed (the file may be cut short).</source>
        <translation>una celda entre comillas nunca se cierra (puede que el archivo esté cortado).</translation>
    </message>
    <message>
        <source>the rows could not be split into columns. Check the column separator.</source>
        <translation>no se pudieron dividir las filas en columnas. Compruebe el separador de columnas.</translation>
    </message>
    <message>
        <source>there is no sheet named “{sheet}” (sheets: {sheets}).</source>
        <translation>no hay ninguna hoja llamada “{sheet}” (hojas: {sheets}).</translation>
    </message>
    <message>
        <source>the workbook has no data on any sheet.</source>
        <translation>el libro no tiene datos en ninguna hoja.</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” is empty.</source>
        <translation>la hoja “{sheet}” está vacía.</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” has {columns} columns; SMS Planner reads at most {most}, so this is not a table of campaigns.</source>
        <translation>la hoja “{sheet}” tiene {columns} columnas; SMS Planner lee como máximo {most}, así que no es una tabla de campañas.</translation>
    </message>
    <message>
        <source>the workbook is damaged or incomplete and could not be read. Save it again from the program that made it.</source>
        <translation>el libro está dañado o incompleto y no se pudo leer. Guárdelo de nuevo desde el programa que lo creó.</translation>
    </message>
    <message>
        <source>the workbook is damaged or incomplete. Save it again from the program that made it.</source>
        <translation>el libro está dañado o incompleto. Guárdelo de nuevo desde el programa que lo creó.</translation>
    </message>
    <message>
        <source>reading the workbook needed more memory than is safe (it may be damaged or built to crash programs), so it was stopped.</source>
        <translation>leer el libro necesitaba más memoria de la que es seguro usar (puede estar dañado o hecho para bloquear programas), así que se detuvo.</translation>
    </message>
    <message>
        <source>the workbook unpacks to more than 2 GB: it is too large, or built to crash programs that open it.</source>
        <translation>el libro ocupa más de 2 GB al descomprimirlo: es demasiado grande o está hecho para bloquear los programas que lo abren.</translation>
    </message>
    <message>
        <source>the workbook holds an impossible number of parts.</source>
        <translation>el libro contiene un número imposible de partes.</translation>
    </message>
    <message>
        <source>the workbook is a “zip bomb” (a tiny file that unpacks to gigabytes), so it was not opened.</source>
        <translation>el libro es una “bomba ZIP” (un archivo diminuto que al descomprimirse ocupa gigabytes), así que no se abrió.</translation>
    </message>
    <message>
        <source>the workbook is an XML bomb (“billion laughs”), built to exhaust the memory of programs that open it, so it was not opened.</source>
        <translation>el libro es una bomba XML (“billion laughs”), hecha para agotar la memoria de los programas que lo abren, así que no se abrió.</translation>
    </message>
    <message>
        <source>the workbook is damaged or built to crash programs that open it: a sheet claims {rows} rows and {columns} columns, more than Excel allows ({most_rows} × {most_columns}).</source>
        <translation>el libro está dañado o hecho para bloquear los programas que lo abren: una hoja dice tener {rows} filas y {columns} columnas, más de lo que Excel permite ({most_rows} × {most_columns}).</translation>
    </message>
    <message>
        <source>a sheet spans {rows} rows and {columns} columns, most of them empty; reading it would need far more memory than this computer has. Delete the stray cells far from the table, save, and try again.</source>
        <translation>una hoja abarca {rows} filas y {columns} columnas, casi todas vacías; leerla necesitaría mucha más memoria de la que tiene este ordenador. Borre las celdas sueltas lejos de la tabla, guarde y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>ImportFlowWords</name>
    <message>
        <source>Result files (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods);;All files (*)</source>
        <translation>Archivos de resultados (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Importar resultados</translation>
    </message>
    <message>
        <source>file {done} of {total}</source>
        <translation>archivo {done} de {total}</translation>
    </message>
    <message>
        <source>{file}: {summary}</source>
        <translation>{file}: {summary}</translation>
    </message>
    <message>
        <source>Imported {file}: {summary}</source>
        <translation>Se importó {file}: {summary}</translation>
    </message>
    <message>
        <source>Is this a planned send?</source>
        <translation>¿Es un envío planificado?</translation>
    </message>
    <message>
        <source>“{imported}” went to {segment} on {day}, the day you planned “{plan}”. Is it that send?</source>
        <translation>“{imported}” se envió a {segment} el {day}, el día en que planificó “{plan}”. ¿Es ese envío?</translation>
    </message>
    <message>
        <source>If so, its results fill in the plan (one campaign, named as you planned it), and its forecast is checked against them.</source>
        <translation>Si es así, sus resultados completan el plan (una campaña, con el nombre planificado) y su pronóstico se compara con ellos.</translation>
    </message>
    <message>
        <source>Yes, fill in the plan</source>
        <translation>Sí, completar el plan</translation>
    </message>
    <message>
        <source>No, keep both</source>
        <translation>No, conservar ambos</translation>
    </message>
    <message>
        <source>Import #{id} undone: the campaigns are as they were before it.</source>
        <translation>Importación n.º {id} deshecha: las campañas están como antes.</translation>
    </message>
    <message>
        <source>&amp;Imports…</source>
        <translation>&amp;Importaciones…</translation>
    </message>
    <message>
        <source>Every file you imported, with undo</source>
        <translation>Todos los archivos importados, con deshacer</translation>
    </message>
</context>
<context>
    <name>ImportListWords</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregadas</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizadas</translation>
    </message>
    <message numerus="yes">
        <source>Import #{id} cannot be undone yet: %n later import(s) ({names}) changed the same campaigns. Undo import #{last} first, then this one.</source>
        <translation>
            <numerusform>La importación n.º {id} aún no se puede deshacer: %n importación posterior ({names}) cambió las mismas campañas. Deshaga primero la importación n.º {last} y luego esta.</numerusform>
            <numerusform>La importación n.º {id} aún no se puede deshacer: %n importaciones posteriores ({names}) cambiaron las mismas campañas. Deshaga primero la importación n.º {last} y luego esta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing import #{id} ({file}, {on}) will:</source>
        <translation>Deshacer la importación n.º {id} ({file}, {on}) hará lo siguiente:</translation>
    </message>
    <message numerus="yes">
        <source>• delete the %n campaign(s) it added</source>
        <translation>
            <numerusform>• eliminar la %n campaña que agregó</numerusform>
            <numerusform>• eliminar las %n campañas que agregó</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• put the figures of the %n campaign(s) it updated back as they were before</source>
        <translation>
            <numerusform>• devolver las cifras de la %n campaña que actualizó a como estaban</numerusform>
            <numerusform>• devolver las cifras de las %n campañas que actualizó a como estaban</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• forget the %n message(s) it read</source>
        <translation>
            <numerusform>• olvidar el %n mensaje que leyó</numerusform>
            <numerusform>• olvidar los %n mensajes que leyó</numerusform>
        </translation>
    </message>
    <message>
        <source>• change nothing in your campaigns</source>
        <translation>• no cambiar nada en sus campañas</translation>
    </message>
    <message>
        <source>Changes you typed into those campaigns since then are undone too. A backup is made first.</source>
        <translation>Los cambios que escribió en esas campañas desde entonces también se deshacen. Antes se hace una copia de seguridad.</translation>
    </message>
    <message>
        <source>Cannot undo this import</source>
        <translation>No se puede deshacer esta importación</translation>
    </message>
    <message>
        <source>Undo import #{id}?</source>
        <translation>¿Deshacer la importación n.º {id}?</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Deshacer importación</translation>
    </message>
    <message>
        <source>Import #{id} ({file}) undone.</source>
        <translation>Importación n.º {id} ({file}) deshecha.</translation>
    </message>
</context>
<context>
    <name>ImportNoteWords</name>
    <message>
        <source>Columns are separated by commas.</source>
        <translation>Las columnas están separadas por comas.</translation>
    </message>
    <message>
        <source>Columns are separated by semicolons.</source>
        <translation>Las columnas están separadas por punto y coma.</translation>
    </message>
    <message>
        <source>Columns are separated by tabs.</source>
        <translation>Las columnas están separadas por tabuladores.</translation>
    </message>
    <message>
        <source>Columns are separated by vertical bars (|).</source>
        <translation>Las columnas están separadas por barras verticales (|).</translation>
    </message>
    <message>
        <source>The file is named {ext} but holds CSV text; it was read as CSV.</source>
        <translation>El archivo tiene la extensión {ext}, pero contiene texto CSV; se leyó como CSV.</translation>
    </message>
    <message>
        <source>The file is named {ext} but is an Excel workbook (.xlsx); it was read as one.</source>
        <translation>El archivo tiene la extensión {ext}, pero es un libro de Excel (.xlsx); se leyó como tal.</translation>
    </message>
    <message>
        <source>The file is named {ext} but is an OpenDocument spreadsheet (.ods); it was read as one.</source>
        <translation>El archivo tiene la extensión {ext}, pero es una hoja de cálculo OpenDocument (.ods); se leyó como tal.</translation>
    </message>
    <message>
        <source>The file is named {ext} but is an old Excel workbook (.xls); it was read as one.</source>
        <translation>El archivo tiene la extensión {ext}, pero es un libro antiguo de Excel (.xls); se leyó como tal.</translation>
    </message>
    <message>
        <source>No date in column &apos;{column}&apos; shows whether the day or the month comes first; read with the day first (choose the other order if that is wrong).</source>
        <translation>Ninguna fecha de la columna “{column}” indica si va primero el día o el mes; se leyeron con el día primero (elija el otro orden si no es así).</translation>
    </message>
    <message>
        <source>No date in column &apos;{column}&apos; shows whether the day or the month comes first; read with the month first (choose the other order if that is wrong).</source>
        <translation>Ninguna fecha de la columna “{column}” indica si va primero el día o el mes; se leyeron con el mes primero (elija el otro orden si no es así).</translation>
    </message>
    <message numerus="yes">
        <source>Sheet &apos;{sheet}&apos;, column &apos;{column}&apos; (not imported): %n cell(s) hold a formula with no saved result (row {rows}).</source>
        <translation>
            <numerusform>Hoja “{sheet}”, columna “{column}” (no importada): %n celda contiene una fórmula sin resultado guardado (fila {rows}).</numerusform>
            <numerusform>Hoja “{sheet}”, columna “{column}” (no importada): %n celdas contienen fórmulas sin resultado guardado (filas {rows}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Part of the file is not in UTF-8; that part was read as Windows text (Windows-1252).</source>
        <translation>Parte del archivo no está en UTF-8; esa parte se leyó como texto de Windows (Windows-1252).</translation>
    </message>
    <message>
        <source>The file is not in UTF-8; it was read as Windows text (Windows-1252).</source>
        <translation>El archivo no está en UTF-8; se leyó como texto de Windows (Windows-1252).</translation>
    </message>
    <message>
        <source>The file is not in UTF-8; it was read as Mac Roman text (saved by an older Mac).</source>
        <translation>El archivo no está en UTF-8; se leyó como texto Mac Roman (guardado en un Mac antiguo).</translation>
    </message>
    <message>
        <source>Numbers use a decimal comma ({example}).</source>
        <translation>Los números usan coma decimal ({example}).</translation>
    </message>
    <message>
        <source>Numbers like {example} were read as thousands (1234): no value showed a decimal mark, so please check the figures.</source>
        <translation>Los números como {example} se leyeron como miles (1234): ningún valor mostraba separador decimal, así que revise las cifras.</translation>
    </message>
    <message>
        <source>Some numbers use a decimal comma and others a decimal point; the point was used because most numbers have it.</source>
        <translation>Algunos números usan coma decimal y otros punto decimal; se usó el punto porque la mayoría lo lleva.</translation>
    </message>
    <message>
        <source>Files named {ext} are not a known format; this one holds text and was read as CSV.</source>
        <translation>Los archivos con la extensión {ext} no son de un formato conocido; este contiene texto y se leyó como CSV.</translation>
    </message>
    <message>
        <source>The file has no message id column: repeated rows are recognised by their content.</source>
        <translation>El archivo no tiene columna de identificadores de mensaje: las filas repetidas se reconocen por su contenido.</translation>
    </message>
    <message>
        <source>This looks like a phone number, not a count.</source>
        <translation>Parece un número de teléfono, no un recuento.</translation>
    </message>
    <message>
        <source>This looks like a phone number, not an amount.</source>
        <translation>Parece un número de teléfono, no un importe.</translation>
    </message>
    <message>
        <source>This is not a number; &apos;{field}&apos; must be a number.</source>
        <translation>No es un número; “{field}” debe ser un número.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is far too large to be an amount (the most SMS Planner takes is {most}).</source>
        <translation>“{field}” es demasiado grande para ser un importe (SMS Planner admite como máximo {most}).</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a whole number.</source>
        <translation>“{field}” debe ser un número entero.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is far too large to be a count.</source>
        <translation>“{field}” es demasiado grande para ser un recuento.</translation>
    </message>
    <message>
        <source>This rate is not a number or a percentage.</source>
        <translation>Esta tasa no es un número ni un porcentaje.</translation>
    </message>
    <message>
        <source>Expected yes or no (or true/false, 1/0, x).</source>
        <translation>Se esperaba sí o no (o true/false, 1/0, x).</translation>
    </message>
    <message>
        <source>The year is out of range: SMS Planner reads dates from {first} to {last}.</source>
        <translation>El año está fuera de rango: SMS Planner lee fechas de {first} a {last}.</translation>
    </message>
    <message>
        <source>This is not a date SMS Planner can read.</source>
        <translation>No es una fecha que SMS Planner pueda leer.</translation>
    </message>
    <message>
        <source>Campaign &apos;{campaign}&apos;: no message has a send time, so its date is unknown.</source>
        <translation>Campaña “{campaign}”: ningún mensaje tiene hora de envío, así que su fecha es desconocida.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos;: this cell holds a formula with no saved result. Open the file in your spreadsheet program, save it, then import it again.</source>
        <translation>Hoja “{sheet}”: esta celda contiene una fórmula sin resultado guardado. Abra el archivo en su hoja de cálculo, guárdelo y vuelva a importarlo.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Row number as your spreadsheet shows it</source>
        <translation>Número de fila como lo muestra su hoja de cálculo</translation>
    </message>
    <message>
        <source>Phone numbers are personal data: this column is never read or stored.</source>
        <translation>Los números de teléfono son datos personales: esta columna nunca se lee ni se guarda.</translation>
    </message>
    <message>
        <source>Column “{column}” of the file</source>
        <translation>Columna “{column}” del archivo</translation>
    </message>
    <message>
        <source>{label}: “{text}”</source>
        <translation>{label}: “{text}”</translation>
    </message>
    <message>
        <source>Title row, not imported</source>
        <translation>Fila de título, no importada</translation>
    </message>
    <message>
        <source>Blank row, not imported</source>
        <translation>Fila vacía, no importada</translation>
    </message>
    <message>
        <source>Totals row, left out: totals are not campaigns</source>
        <translation>Fila de totales, omitida: los totales no son campañas</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No importada</translation>
    </message>
</context>
<context>
    <name>ImportSessionWords</name>
    <message>
        <source>Campaign summaries</source>
        <translation>Resúmenes de campañas</translation>
    </message>
    <message>
        <source>Per-message log</source>
        <translation>Registro por mensaje</translation>
    </message>
    <message>
        <source>One row per campaign, with its counts (sent, clicks, orders…)</source>
        <translation>Una fila por campaña, con sus cifras (enviados, clics, pedidos…)</translation>
    </message>
    <message>
        <source>One row per text message sent or received; SMS Planner adds them up into campaigns</source>
        <translation>Una fila por SMS enviado o recibido; SMS Planner los agrupa en campañas</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>ID del mensaje</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Nombre de la campaña</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Enviado el</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Message parts</source>
        <translation>Partes SMS</translation>
    </message>
    <message>
        <source>Clicked (yes/no)</source>
        <translation>Hizo clic (sí/no)</translation>
    </message>
    <message>
        <source>Replied (yes/no)</source>
        <translation>Respondió (sí/no)</translation>
    </message>
    <message>
        <source>Converted (yes/no)</source>
        <translation>Convirtió (sí/no)</translation>
    </message>
    <message>
        <source>Order value</source>
        <translation>Valor del pedido</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>The file&apos;s one row cannot be imported: see the problems listed below.</source>
        <translation>La única fila del archivo no se puede importar: vea los problemas de abajo.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n row(s) can be imported: see the problems listed below.</source>
        <translation>
            <numerusform>No se puede importar la %n fila: vea los problemas de abajo.</numerusform>
            <numerusform>No se puede importar ninguna de las %n filas: vea los problemas de abajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row of this file describes an SMS campaign.</source>
        <translation>Ninguna fila de este archivo describe una campaña de SMS.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n good row(s), skip {bad}</source>
        <translation>
            <numerusform>Importar %n fila buena, omitir {bad}</numerusform>
            <numerusform>Importar %n filas buenas, omitir {bad}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported (see the problems). Fix the file and open it again, or import the good rows now.</source>
        <translation>
            <numerusform>%n fila no se puede importar (vea los problemas). Corrija el archivo y ábralo de nuevo, o importe ahora las filas buenas.</numerusform>
            <numerusform>%n filas no se pueden importar (vea los problemas). Corrija el archivo y ábralo de nuevo, o importe ahora las filas buenas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import {messages} into %n campaign(s)</source>
        <translation>
            <numerusform>Importar {messages} en %n campaña</numerusform>
            <numerusform>Importar {messages} en %n campañas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n campaign(s)</source>
        <translation>
            <numerusform>Importar %n campaña</numerusform>
            <numerusform>Importar %n campañas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) added, {updated} updated.</source>
        <translation>
            <numerusform>%n campaña agregada, {updated} actualizadas.</numerusform>
            <numerusform>%n campañas agregadas, {updated} actualizadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) read.</source>
        <translation>
            <numerusform>%n mensaje leído.</numerusform>
            <numerusform>%n mensajes leídos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n total row(s) left out.</source>
        <translation>
            <numerusform>%n fila de totales omitida.</numerusform>
            <numerusform>%n filas de totales omitidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n email or other non-SMS row(s) left out: SMS only.</source>
        <translation>
            <numerusform>%n fila de correo u otro canal no SMS omitida: solo SMS.</numerusform>
            <numerusform>%n filas de correo u otros canales no SMS omitidas: solo SMS.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems skipped.</source>
        <translation>
            <numerusform>%n fila con problemas omitida.</numerusform>
            <numerusform>%n filas con problemas omitidas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The preview shows the first %n row(s) of {total}; every row was checked.</source>
        <translation>
            <numerusform>La vista previa muestra la primera fila de {total}; se comprobaron todas las filas.</numerusform>
            <numerusform>La vista previa muestra las primeras %n filas de {total}; se comprobaron todas las filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Using the columns you chose last time for a file with these headers.</source>
        <translation>Se usan las columnas que eligió la última vez para un archivo con estos encabezados.</translation>
    </message>
    <message>
        <source>Not used: {columns}.</source>
        <translation>Sin usar: {columns}.</translation>
    </message>
    <message>
        <source>Left out as personal data: {columns}.</source>
        <translation>Omitidas por ser datos personales: {columns}.</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message>
        <source>Nothing to import</source>
        <translation>Nada que importar</translation>
    </message>
    <message>
        <source>This file was already imported on {on} as import #{id}; importing it again would change nothing.</source>
        <translation>Este archivo ya se importó el {on} como importación n.º {id}; importarlo de nuevo no cambiaría nada.</translation>
    </message>
    <message>
        <source>No new backup was made: the backup from {time} already holds everything from before this import.</source>
        <translation>No se hizo una copia de seguridad nueva: la copia del {time} ya contiene todo lo anterior a esta importación.</translation>
    </message>
    <message>
        <source>The money in this file is in {found} ({found_symbol}), but your amounts are shown in {preferred} ({preferred_symbol}). Amounts are never converted: use {found_symbol} for your amounts, or import this file without its revenue and cost.</source>
        <translation>El dinero de este archivo está en {found} ({found_symbol}), pero sus importes se muestran en {preferred} ({preferred_symbol}). Los importes nunca se convierten: use {found_symbol} para sus importes o importe este archivo sin ingresos ni costos.</translation>
    </message>
    <message>
        <source>In this file automatic answers cost {auto} and incoming texts cost {incoming}: not counted in the campaign&apos;s cost.</source>
        <translation>En este archivo las respuestas automáticas cuestan {auto} y los SMS recibidos {incoming}: no se cuentan en el costo de la campaña.</translation>
    </message>
    <message>
        <source>In this file automatic answers cost {auto}: not counted in the campaign&apos;s cost.</source>
        <translation>En este archivo las respuestas automáticas cuestan {auto}: no se cuentan en el costo de la campaña.</translation>
    </message>
    <message>
        <source>In this file incoming texts cost {incoming}: not counted in the campaign&apos;s cost.</source>
        <translation>En este archivo los SMS recibidos cuestan {incoming}: no se cuentan en el costo de la campaña.</translation>
    </message>
    <message>
        <source>{file} is a per-message log without a campaign column: type the campaign&apos;s name in the box above, or choose the column that holds it.</source>
        <translation>{file} es un registro por mensaje sin columna de campaña: escriba el nombre de la campaña arriba o elija la columna que lo contiene.</translation>
    </message>
    <message>
        <source>The file has no campaign name column: choose the column that holds it, or type a campaign name above.</source>
        <translation>El archivo no tiene columna de nombre de campaña: elija la columna que lo contiene o escriba un nombre arriba.</translation>
    </message>
    <message>
        <source>The file has no date column: choose the column that holds the day each campaign was sent.</source>
        <translation>El archivo no tiene columna de fecha: elija la columna con el día en que se envió cada campaña.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) for other channels ({channels}) left out: SMS Planner imports SMS and MMS campaigns.</source>
        <translation>
            <numerusform>%n fila de otros canales ({channels}) omitida: SMS Planner importa campañas de SMS y MMS.</numerusform>
            <numerusform>%n filas de otros canales ({channels}) omitidas: SMS Planner importa campañas de SMS y MMS.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: every row is for another channel than SMS ({channels}); SMS Planner imports SMS and MMS campaigns.</source>
        <translation>{file}: todas las filas son de otro canal distinto de SMS ({channels}); SMS Planner importa campañas de SMS y MMS.</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n problem(s) found; nothing was imported. Fix the file and open it again, or import the good rows.</source>
        <translation>
            <numerusform>{file}: se encontró %n problema; no se importó nada. Corrija el archivo y ábralo de nuevo, o importe las filas buenas.</numerusform>
            <numerusform>{file}: se encontraron %n problemas; no se importó nada. Corrija el archivo y ábralo de nuevo, o importe las filas buenas.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} holds totals per report period (&apos;{example}&apos; in column &apos;{column}&apos;), not campaign sends. Open your provider&apos;s campaign report instead (one row per send), or choose the column that holds the send date.</source>
        <translation>{file} contiene totales por período (&apos;{example}&apos; en la columna &apos;{column}&apos;), no envíos de campaña. Abra en su lugar el informe de campañas de su proveedor (una fila por envío) o elija la columna con la fecha de envío.</translation>
    </message>
    <message>
        <source>{file} is a log of phone calls (column &apos;{column}&apos;), not text messages: SMS Planner imports SMS and MMS campaigns.</source>
        <translation>{file} es un registro de llamadas telefónicas (columna &apos;{column}&apos;), no de mensajes de texto: SMS Planner importa campañas de SMS y MMS.</translation>
    </message>
    <message>
        <source>{file} is a log of {channels} messages (column &apos;{column}&apos;), not text messages: SMS Planner imports SMS and MMS campaigns.</source>
        <translation>{file} es un registro de mensajes {channels} (columna &apos;{column}&apos;), no de SMS: SMS Planner importa campañas de SMS y MMS.</translation>
    </message>
    <message>
        <source>{file} is a shop&apos;s order list, not a report of messages sent: open the campaign report or message log from your SMS provider instead.</source>
        <translation>{file} es una lista de pedidos de una tienda, no un informe de mensajes enviados: abra en su lugar el informe de campañas o el registro de mensajes de su proveedor de SMS.</translation>
    </message>
    <message>
        <source>{file}: its money is in {found}, but your amounts are in {preferred} (Preferences); nothing was imported.</source>
        <translation>{file}: su dinero está en {found}, pero sus importes están en {preferred} (Preferencias); no se importó nada.</translation>
    </message>
    <message>
        <source>{file}: no row could be imported.</source>
        <translation>{file}: no se pudo importar ninguna fila.</translation>
    </message>
    <message>
        <source>The file has no column &apos;{column}&apos;. Its columns are: {columns}.</source>
        <translation>El archivo no tiene la columna &apos;{column}&apos;. Sus columnas son: {columns}.</translation>
    </message>
    <message>
        <source>A column choice is written FIELD=COLUMN, not &apos;{item}&apos;.</source>
        <translation>Una elección de columna se escribe CAMPO=COLUMNA, no &apos;{item}&apos;.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a field; use one of: {fields}.</source>
        <translation>&apos;{field}&apos; no es un campo; use uno de: {fields}.</translation>
    </message>
    <message>
        <source>The channel must be &apos;sms&apos; or &apos;all&apos;, not &apos;{channel}&apos;.</source>
        <translation>El canal debe ser &apos;sms&apos; o &apos;all&apos;, no &apos;{channel}&apos;.</translation>
    </message>
    <message>
        <source>The shape must be &apos;summary&apos; or &apos;messages&apos;, not &apos;{shape}&apos;.</source>
        <translation>La forma debe ser &apos;summary&apos; o &apos;messages&apos;, no &apos;{shape}&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>{file}: the file has no campaign rows, only %n total row(s) (totals are not campaigns).</source>
        <translation>
            <numerusform>{file}: el archivo no tiene filas de campañas, solo %n fila de totales (los totales no son campañas).</numerusform>
            <numerusform>{file}: el archivo no tiene filas de campañas, solo %n filas de totales (los totales no son campañas).</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: the file has column headers but no rows to import.</source>
        <translation>{file}: el archivo tiene encabezados de columna pero ninguna fila para importar.</translation>
    </message>
    <message numerus="yes">
        <source>The file is UTF-8 except on %n row(s) ({rows}), whose accented letters were read as Windows-1252: please check.</source>
        <translation>
            <numerusform>El archivo es UTF-8 salvo en %n fila ({rows}), cuyas letras con acento se leyeron como Windows-1252: revísela.</numerusform>
            <numerusform>El archivo es UTF-8 salvo en %n filas ({rows}), cuyas letras con acento se leyeron como Windows-1252: revíselas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of {channels} messages: the phone numbers are written &apos;{prefix}:+...&apos;.</source>
        <translation>
            <numerusform>%n fila de mensajes de {channels}: los números se escriben &apos;{prefix}:+...&apos;.</numerusform>
            <numerusform>%n filas de mensajes de {channels}: los números se escriben &apos;{prefix}:+...&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file has no channel column; its columns ({columns}) are an email report&apos;s, so its rows are email campaigns.</source>
        <translation>Este archivo no tiene columna de canal; sus columnas ({columns}) son de un informe de correo, así que sus filas son campañas de correo.</translation>
    </message>
    <message>
        <source>Column &apos;{column}&apos; holds {values}, not channel names; those rows were read as {channel}.</source>
        <translation>La columna &apos;{column}&apos; contiene {values}, no nombres de canal; esas filas se leyeron como {channel}.</translation>
    </message>
    <message>
        <source>The file has no campaign name column: each campaign is named by its subject (column &apos;{column}&apos;).</source>
        <translation>El archivo no tiene columna de nombre de campaña: cada campaña toma el nombre de su asunto (columna &apos;{column}&apos;).</translation>
    </message>
    <message numerus="yes">
        <source>Column &apos;{column}&apos;: %n value(s) not read as a time of day (row {rows}); those campaigns have no send time.</source>
        <translation>
            <numerusform>Columna &apos;{column}&apos;: %n valor no se leyó como hora (fila {rows}); esas campañas no tienen hora de envío.</numerusform>
            <numerusform>Columna &apos;{column}&apos;: %n valores no se leyeron como hora (fila {rows}); esas campañas no tienen hora de envío.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) never sent ({column} = {statuses}): left out.</source>
        <translation>
            <numerusform>%n campaña nunca enviada ({column} = {statuses}): omitida.</numerusform>
            <numerusform>%n campañas nunca enviadas ({column} = {statuses}): omitidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Column &apos;{column}&apos; holds the report period (&apos;{example}&apos;), not the send day; the send day was read from &apos;{used}&apos;.</source>
        <translation>La columna &apos;{column}&apos; contiene el período del informe (&apos;{example}&apos;), no el día de envío; el día de envío se leyó de &apos;{used}&apos;.</translation>
    </message>
    <message numerus="yes">
        <source>%n automatic answer(s) to incoming texts ({column} = outbound-reply): not campaign sends, so left out of sent, delivered and cost.</source>
        <translation>
            <numerusform>%n respuesta automática a SMS recibidos ({column} = outbound-reply): no es un envío de campaña, así que no cuenta en enviados, entregados ni costo.</numerusform>
            <numerusform>%n respuestas automáticas a SMS recibidos ({column} = outbound-reply): no son envíos de campaña, así que no cuentan en enviados, entregados ni costo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message id(s) repeated in the file: the last row of each was used.</source>
        <translation>
            <numerusform>%n ID de mensaje repetido en el archivo: se usó la última fila.</numerusform>
            <numerusform>%n ID de mensaje repetidos en el archivo: se usó la última fila de cada uno.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the file are further parts of a longer message (column &apos;{column}&apos;): each message is counted once, with the price of all its parts.</source>
        <translation>
            <numerusform>%n fila del archivo es una parte más de un mensaje largo (columna &apos;{column}&apos;): cada mensaje cuenta una vez, con el precio de todas sus partes.</numerusform>
            <numerusform>%n filas del archivo son partes adicionales de mensajes largos (columna &apos;{column}&apos;): cada mensaje cuenta una vez, con el precio de todas sus partes.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file&apos;s money is in several currencies ({currencies}); amounts were read as they are, without converting.</source>
        <translation>El dinero del archivo está en varias monedas ({currencies}); los importes se leyeron tal cual, sin convertir.</translation>
    </message>
    <message>
        <source>{file}: the file does not exist.</source>
        <translation>{file}: el archivo no existe.</translation>
    </message>
    <message>
        <source>{file}: this is a folder, not a file.</source>
        <translation>{file}: es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>{file}: SMS Planner is not allowed to read this file.</source>
        <translation>{file}: SMS Planner no tiene permiso para leer este archivo.</translation>
    </message>
    <message numerus="yes">
        <source>{file}: dry run, nothing written; %n campaign(s) would be imported.</source>
        <translation>
            <numerusform>{file}: prueba, no se escribió nada; se importaría %n campaña.</numerusform>
            <numerusform>{file}: prueba, no se escribió nada; se importarían %n campañas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported {file} as import #{id}: %n campaign(s) created, {updated} updated.</source>
        <translation>
            <numerusform>Se importó {file} como importación n.º {id}: %n campaña creada, {updated} actualizadas.</numerusform>
            <numerusform>Se importó {file} como importación n.º {id}: %n campañas creadas, {updated} actualizadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: every row has a problem, so nothing was imported.</source>
        <translation>{file}: todas las filas tienen un problema, así que no se importó nada.</translation>
    </message>
    <message>
        <source>Revenue and cost were left out: the file&apos;s money is in {currency}.</source>
        <translation>Se omitieron ingresos y costos: el dinero del archivo está en {currency}.</translation>
    </message>
    <message>
        <source>{file} has none of the columns of a campaign report or a message log. Open your provider&apos;s campaign report or message log instead, or choose the columns that hold the campaign name and the send date.</source>
        <translation>{file} no tiene ninguna de las columnas de un informe de campaña o de un registro de mensajes. Abra en su lugar el informe de campaña o el registro de mensajes de su proveedor, o elija las columnas con el nombre de la campaña y la fecha de envío.</translation>
    </message>
    <message>
        <source>Campaign &apos;{campaign}&apos;: {problem}</source>
        <translation>Campaña &apos;{campaign}&apos;: {problem}</translation>
    </message>
    <message>
        <source>Every row ({count}): {problem}</source>
        <translation>Todas las filas ({count}): {problem}</translation>
    </message>
    <message>
        <source>{count} of {rows} rows: {problem}</source>
        <translation>{count} de {rows} filas: {problem}</translation>
    </message>
    <message>
        <source>The file is a campaign report written as labels and values ({labels}), not a table: read as one campaign.</source>
        <translation>El archivo es un informe de campaña escrito como etiquetas y valores ({labels}), no una tabla: se leyó como una campaña.</translation>
    </message>
    <message numerus="yes">
        <source>The file is a campaign report written as labels and values ({labels}), not a table: read as %n campaign(s) ({sections}).</source>
        <translation>
            <numerusform>El archivo es un informe de campaña escrito como etiquetas y valores ({labels}), no una tabla: se leyó como %n campaña ({sections}).</numerusform>
            <numerusform>El archivo es un informe de campaña escrito como etiquetas y valores ({labels}), no una tabla: se leyó como %n campañas ({sections}).</numerusform>
        </translation>
    </message>
    <message>
        <source>The campaign name is missing on this row.</source>
        <translation>Falta el nombre de la campaña en esta fila.</translation>
    </message>
    <message>
        <source>The date is missing: when was it sent?</source>
        <translation>Falta la fecha: ¿cuándo se envió?</translation>
    </message>
    <message>
        <source>Campaign &apos;{name}&apos; on {date} is already on row {row} of this file.</source>
        <translation>La campaña &apos;{name}&apos; del {date} ya está en la fila {row} de este archivo.</translation>
    </message>
    <message numerus="yes">
        <source>%n total row(s) left out: totals are not campaigns.</source>
        <translation>
            <numerusform>%n fila de totales omitida: los totales no son campañas.</numerusform>
            <numerusform>%n filas de totales omitidas: los totales no son campañas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) share their name and day with another send (a test or a re-send, e.g. &apos;{example}&apos;): each is named with its send time.</source>
        <translation>
            <numerusform>%n campaña comparte nombre y día con otro envío (una prueba o un reenvío, p. ej. &apos;{example}&apos;): cada una lleva su hora de envío en el nombre.</numerusform>
            <numerusform>%n campañas comparten nombre y día con otro envío (una prueba o un reenvío, p. ej. &apos;{example}&apos;): cada una lleva su hora de envío en el nombre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s) like these.</source>
        <translation>
            <numerusform>… y %n problema más como estos.</numerusform>
            <numerusform>… y %n problemas más como estos.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>{file}: nothing was imported, because some campaigns&apos; figures would not add up with the ones already saved (see the problems listed).</source>
        <translation>{file}: no se importó nada, porque las cifras de algunas campañas no cuadrarían con las ya guardadas (vea los problemas de la lista).</translation>
    </message>
    <message>
        <source>{file}: the chosen columns do not fit this file; choose them again.</source>
        <translation>{file}: las columnas elegidas no encajan con este archivo; elíjalas de nuevo.</translation>
    </message>
</context>
<context>
    <name>ImportsDialog</name>
    <message>
        <source>Imports</source>
        <translation>Importaciones</translation>
    </message>
    <message>
        <source>Every file imported into this database, newest first. Undoing an import puts your campaigns back exactly as they were before it.</source>
        <translation>Todos los archivos importados en esta base de datos, los más recientes primero. Deshacer una importación deja sus campañas exactamente como estaban antes.</translation>
    </message>
    <message>
        <source>No files imported yet. Use File &gt; Import results (Ctrl+O), or drop a file on the window.</source>
        <translation>Aún no hay archivos importados. Use Archivo &gt; Importar resultados (Ctrl+O) o arrastre un archivo a la ventana.</translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation>&amp;Deshacer esta importación…</translation>
    </message>
    <message>
        <source>{imported} of {read}</source>
        <translation>{imported} de {read}</translation>
    </message>
    <message numerus="yes">
        <source>{imported} imported; %n row(s) left out</source>
        <translation>
            <numerusform>{imported} importadas; %n fila omitida</numerusform>
            <numerusform>{imported} importadas; %n filas omitidas</numerusform>
        </translation>
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
    <name>MappingHeader</name>
    <message>
        <source>Phone numbers are personal data: SMS Planner never reads or stores this column.</source>
        <translation>Los números de teléfono son datos personales: SMS Planner nunca lee ni guarda esta columna.</translation>
    </message>
    <message>
        <source>Column {column}: dropped, personal data</source>
        <translation>Columna {column}: descartada, datos personales</translation>
    </message>
    <message>
        <source>Field for column {column}</source>
        <translation>Campo de la columna {column}</translation>
    </message>
    <message>
        <source>Which figure the column “{column}” holds</source>
        <translation>Qué cifra contiene la columna “{column}”</translation>
    </message>
    <message>
        <source>{field}, worked out from this rate</source>
        <translation>{field}, calculado con esta tasa</translation>
    </message>
</context>
<context>
    <name>MappingWords</name>
    <message>
        <source>— not used —</source>
        <translation>— sin usar —</translation>
    </message>
    <message>
        <source>dropped: personal data</source>
        <translation>descartada: datos personales</translation>
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
    <name>MessageCostBox</name>
    <message>
        <source>Paste or type your message here</source>
        <translation>Pegue o escriba su mensaje aquí</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texto del mensaje</translation>
    </message>
    <message>
        <source>Replace curly quotes and dashes</source>
        <translation>Reemplazar comillas y guiones</translation>
    </message>
    <message>
        <source>Swap look-alike characters for plain ones so the message can go as GSM-7 (cheaper: 160 characters per part, not 70)</source>
        <translation>Cambiar los caracteres parecidos por simples para que el mensaje vaya en GSM-7 (más barato: 160 caracteres por parte, no 70)</translation>
    </message>
    <message>
        <source>People to text</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Price per message part</source>
        <translation>Precio por parte del mensaje</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>How it arrives, part by part</source>
        <translation>Cómo llega, parte por parte</translation>
    </message>
    <message>
        <source>The message split into its billed parts</source>
        <translation>El mensaje dividido en sus partes facturadas</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Part {part} of {parts}&lt;/b&gt; · %n character(s)&lt;br&gt;&lt;span&gt;{text}&lt;/span&gt;&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Parte {part} de {parts}&lt;/b&gt; · %n carácter&lt;br&gt;&lt;span&gt;{text}&lt;/span&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Parte {part} de {parts}&lt;/b&gt; · %n caracteres&lt;br&gt;&lt;span&gt;{text}&lt;/span&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message part(s)</source>
        <translation>
            <numerusform>%n parte de mensaje</numerusform>
            <numerusform>%n partes de mensaje</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln carácter</numerusform>
            <numerusform>%Ln caracteres</numerusform>
        </translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>texto simple</translation>
    </message>
    <message>
        <source>with special characters</source>
        <translation>con caracteres especiales</translation>
    </message>
    <message>
        <source>Encoding: {encoding}. Message parts (SMS segments) are the pieces the network splits a long text into; each part is billed.</source>
        <translation>Codificación: {encoding}. Las partes del mensaje (segmentos SMS) son los trozos en que la red divide un texto largo; cada parte se factura.</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left in the last part.</source>
        <translation>
            <numerusform>Queda %n carácter en la última parte.</numerusform>
            <numerusform>Quedan %n caracteres en la última parte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plain text fits 160 characters in one part, 153 per part when the message needs several.</source>
        <translation>El texto simple cabe en 160 caracteres por parte, 153 por parte cuando el mensaje necesita varias.</translation>
    </message>
    <message>
        <source>Symbols like € [ ] { } ~ ^ | \ count as two.</source>
        <translation>Símbolos como € [ ] { } ~ ^ | \ cuentan doble.</translation>
    </message>
    <message>
        <source>Special characters (like emoji or curly quotes) make each text part shorter: 70 characters instead of 160 (67 instead of 153 per part when the message needs several).</source>
        <translation>Los caracteres especiales (como emojis o comillas tipográficas) acortan cada parte: 70 caracteres en vez de 160 (67 en vez de 153 por parte cuando el mensaje necesita varias).</translation>
    </message>
    <message>
        <source>An emoji counts as two.</source>
        <translation>Un emoji cuenta doble.</translation>
    </message>
    <message>
        <source>Technically: {units} GSM-7 septets in {encoding} encoding; {per_part} per part at this length.</source>
        <translation>Técnicamente: {units} septetos GSM-7 en codificación {encoding}; {per_part} por parte con esta longitud.</translation>
    </message>
    <message>
        <source>Technically: {units} UTF-16 code units in {encoding} encoding; {per_part} per part at this length.</source>
        <translation>Técnicamente: {units} unidades de código UTF-16 en codificación {encoding}; {per_part} por parte con esta longitud.</translation>
    </message>
    <message>
        <source>The special characters here: {characters}</source>
        <translation>Los caracteres especiales aquí: {characters}</translation>
    </message>
    <message>
        <source>These characters are not in the GSM-7 alphabet, so the whole message goes as UCS-2.</source>
        <translation>Estos caracteres no están en el alfabeto GSM-7, así que todo el mensaje va como UCS-2.</translation>
    </message>
    <message numerus="yes">
        <source>{cost}  ({parts} × %Ln person(s) × {price})</source>
        <translation>
            <numerusform>{cost}  ({parts} × %Ln persona × {price})</numerusform>
            <numerusform>{cost}  ({parts} × %Ln personas × {price})</numerusform>
        </translation>
    </message>
    <message>
        <source>from your message text ({kind})</source>
        <translation>según el texto de su mensaje ({kind})</translation>
    </message>
</context>
<context>
    <name>NextSendBox</name>
    <message>
        <source>Plan the next send</source>
        <translation>Planificar el próximo envío</translation>
    </message>
    <message>
        <source>Open in Plan</source>
        <translation>Abrir en Plan</translation>
    </message>
    <message>
        <source>The what-if panel with this history: change the audience, costs and revenue there</source>
        <translation>El panel «¿Y si…?» con este historial: cambie allí la audiencia, los costos y los ingresos</translation>
    </message>
    <message>
        <source>No past campaigns to {segment} with conversions recorded yet: type a rate in Plan to forecast.</source>
        <translation>Aún no hay campañas anteriores a {segment} con conversiones registradas: escriba una tasa en Plan para pronosticar.</translation>
    </message>
    <message>
        <source>No past campaigns with conversions recorded yet: type a rate in Plan to forecast.</source>
        <translation>Aún no hay campañas anteriores con conversiones registradas: escriba una tasa en Plan para pronosticar.</translation>
    </message>
    <message numerus="yes">
        <source>Texting {people} person(s), as you usually do, should bring about {expected} conversions (likely {low80}–{high80}; 95%: {low95}–{high95}).</source>
        <translation>
            <numerusform>Enviar un SMS a {people} persona, como suele hacerlo, debería traer unas {expected} conversiones (probablemente {low80}–{high80}; 95 %: {low95}–{high95}).</numerusform>
            <numerusform>Enviar un SMS a {people} personas, como suele hacerlo, debería traer unas {expected} conversiones (probablemente {low80}–{high80}; 95 %: {low95}–{high95}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This forecast is based on your last {count} campaign(s) to {segment} (of {of}), since {since}.</source>
        <translation>
            <numerusform>Este pronóstico se basa en su última {count} campaña a {segment} (de {of}), desde {since}.</numerusform>
            <numerusform>Este pronóstico se basa en sus últimas {count} campañas a {segment} (de {of}), desde {since}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This forecast is based on your last {count} campaign(s) (of {of}), since {since}.</source>
        <translation>
            <numerusform>Este pronóstico se basa en su última {count} campaña (de {of}), desde {since}.</numerusform>
            <numerusform>Este pronóstico se basa en sus últimas {count} campañas (de {of}), desde {since}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This forecast is based on your last {count} campaign(s) to {segment}, since {since}.</source>
        <translation>
            <numerusform>Este pronóstico se basa en su última {count} campaña a {segment}, desde {since}.</numerusform>
            <numerusform>Este pronóstico se basa en sus últimas {count} campañas a {segment}, desde {since}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This forecast is based on your last {count} campaign(s), since {since}.</source>
        <translation>
            <numerusform>Este pronóstico se basa en su última {count} campaña, desde {since}.</numerusform>
            <numerusform>Este pronóstico se basa en sus últimas {count} campañas, desde {since}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This forecast is based on {count} campaign(s) to {segment} since {since}.</source>
        <translation>
            <numerusform>Este pronóstico se basa en {count} campaña a {segment} desde {since}.</numerusform>
            <numerusform>Este pronóstico se basa en {count} campañas a {segment} desde {since}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This forecast is based on {count} campaign(s) since {since}.</source>
        <translation>
            <numerusform>Este pronóstico se basa en {count} campaña desde {since}.</numerusform>
            <numerusform>Este pronóstico se basa en {count} campañas desde {since}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Edit planned send</source>
        <translation>Editar envío planificado</translation>
    </message>
    <message>
        <source>Plan a send</source>
        <translation>Planificar un envío</translation>
    </message>
    <message>
        <source>at</source>
        <translation>a las</translation>
    </message>
    <message>
        <source>Everyone (all past campaigns)</source>
        <translation>Todos (todas las campañas anteriores)</translation>
    </message>
    <message>
        <source> people</source>
        <translation> personas</translation>
    </message>
    <message>
        <source>The text you will send, with how to stop (e.g. Reply STOP to opt out)</source>
        <translation>El texto que enviará, con cómo darse de baja (p. ej. «Responda STOP para darse de baja»)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Send on</source>
        <translation>Enviar el</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta</translation>
    </message>
    <message>
        <source>People to text</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Pronóstico</translation>
    </message>
    <message>
        <source>{day} send</source>
        <translation>Envío del {day}</translation>
    </message>
    <message numerus="yes">
        <source>%n message part(s) per person</source>
        <translation>
            <numerusform>%n parte de mensaje por persona</numerusform>
            <numerusform>%n partes de mensaje por persona</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the send a name.</source>
        <translation>Dele un nombre al envío.</translation>
    </message>
    <message>
        <source>&lt;p&gt;No forecast yet: there is no past campaign with results for this segment to learn from.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aún sin pronóstico: no hay ninguna campaña anterior con resultados para este segmento de la que aprender.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;About {orders} orders&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;Unos {orders} pedidos&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;{low80} to {high80} orders 8 times in 10 (80% range); {low95} to {high95} 19 times in 20 (95% range).&lt;/p&gt;</source>
        <translation>&lt;p&gt;De {low80} a {high80} pedidos 8 de cada 10 veces (rango del 80 %); de {low95} a {high95} 19 de cada 20 veces (rango del 95 %).&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Cost about &lt;b&gt;{cost}&lt;/b&gt; (%n part(s) × {people} people).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Costo aproximado &lt;b&gt;{cost}&lt;/b&gt; (%n parte × {people} personas).&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Costo aproximado &lt;b&gt;{cost}&lt;/b&gt; (%n partes × {people} personas).&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Revenue {low} to {high}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ingresos de {low} a {high}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#2e7d32&apos;&gt;✓ No warnings for this send.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#2e7d32&apos;&gt;✓ No hay avisos para este envío.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>⚠ Check before sending</source>
        <translation>⚠ Revise antes de enviar</translation>
    </message>
</context>
<context>
    <name>PlanUndoWords</name>
    <message>
        <source>Plan “{name}”</source>
        <translation>Planificar “{name}”</translation>
    </message>
    <message>
        <source>Edit plan “{name}”</source>
        <translation>Editar el plan “{name}”</translation>
    </message>
    <message>
        <source>Move “{name}” to {day}</source>
        <translation>Mover “{name}” al {day}</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>What if</source>
        <translation>Qué pasaría si</translation>
    </message>
    <message>
        <source>Message cost</source>
        <translation>Costo del mensaje</translation>
    </message>
    <message>
        <source>A/B tests</source>
        <translation>Pruebas A/B</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planificar</translation>
    </message>
</context>
<context>
    <name>PlanWords</name>
    <message>
        <source>en_US</source>
        <translation>es</translation>
    </message>
    <message numerus="yes">
        <source>Based on your last %n campaign(s) to {segment} (of {available}), since {since}.</source>
        <translation>
            <numerusform>Basado en su última campaña (%n) a {segment} (de {available}), desde {since}.</numerusform>
            <numerusform>Basado en sus últimas %n campañas a {segment} (de {available}), desde {since}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Based on your last %n campaign(s) (of {available}), since {since}.</source>
        <translation>
            <numerusform>Basado en su última campaña (%n) (de {available}), desde {since}.</numerusform>
            <numerusform>Basado en sus últimas %n campañas (de {available}), desde {since}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Based on your last %n campaign(s) to {segment}, since {since}.</source>
        <translation>
            <numerusform>Basado en su última campaña (%n) a {segment}, desde {since}.</numerusform>
            <numerusform>Basado en sus últimas %n campañas a {segment}, desde {since}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Based on your last %n campaign(s), since {since}.</source>
        <translation>
            <numerusform>Basado en su última campaña (%n), desde {since}.</numerusform>
            <numerusform>Basado en sus últimas %n campañas, desde {since}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Based on %n campaign(s) to {segment} since {since}.</source>
        <translation>
            <numerusform>Basado en %n campaña a {segment} desde {since}.</numerusform>
            <numerusform>Basado en %n campañas a {segment} desde {since}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Based on %n campaign(s) since {since}.</source>
        <translation>
            <numerusform>Basado en %n campaña desde {since}.</numerusform>
            <numerusform>Basado en %n campañas desde {since}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only sends with the offer “{offer}” are counted.</source>
        <translation>Solo se cuentan los envíos con la oferta “{offer}”.</translation>
    </message>
    <message>
        <source>Your rate has been rising; this forecast follows that trend to {date}.</source>
        <translation>Su tasa ha ido subiendo; este pronóstico sigue esa tendencia hasta el {date}.</translation>
    </message>
    <message>
        <source>Your rate has been falling; this forecast follows that trend to {date}.</source>
        <translation>Su tasa ha ido bajando; este pronóstico sigue esa tendencia hasta el {date}.</translation>
    </message>
    <message>
        <source>No clear rise or fall in your rate: this forecast uses its recent level, and its range allows for the small drift chance cannot rule out.</source>
        <translation>No hay una subida ni una bajada clara de su tasa: este pronóstico usa su nivel reciente, y su rango admite la pequeña deriva que el azar no permite descartar.</translation>
    </message>
    <message numerus="yes">
        <source>With %n campaign(s) a rise or fall cannot be told from chance: this forecast uses your usual level.</source>
        <translation>
            <numerusform>Con %n campaña no se puede distinguir una subida o bajada del azar: este pronóstico usa su nivel habitual.</numerusform>
            <numerusform>Con %n campañas no se puede distinguir una subida o bajada del azar: este pronóstico usa su nivel habitual.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>How much results vary from send to send is learned together with your other segments (%n campaign(s)), as this one has only {own}.</source>
        <translation>
            <numerusform>Cuánto varían los resultados de un envío a otro se aprende junto con sus otros segmentos (%n campaña), ya que este solo tiene {own}.</numerusform>
            <numerusform>Cuánto varían los resultados de un envío a otro se aprende junto con sus otros segmentos (%n campañas), ya que este solo tiene {own}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The range is wide because history is short: only %n past campaign(s) to learn how much results vary.</source>
        <translation>
            <numerusform>El rango es amplio porque el historial es corto: solo %n campaña anterior para aprender cuánto varían los resultados.</numerusform>
            <numerusform>El rango es amplio porque el historial es corto: solo %n campañas anteriores para aprender cuánto varían los resultados.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no past campaigns for the segment “{segment}” with both conversions and recipients recorded, so there is no history to forecast from. Type an expected rate instead.</source>
        <translation>No hay campañas anteriores del segmento “{segment}” con conversiones y destinatarios registrados, así que no hay historial para pronosticar. Escriba una tasa esperada.</translation>
    </message>
    <message>
        <source>There are no past campaigns with both conversions and recipients recorded, so there is no history to forecast from. Type an expected rate instead.</source>
        <translation>No hay campañas anteriores con conversiones y destinatarios registrados, así que no hay historial para pronosticar. Escriba una tasa esperada.</translation>
    </message>
    <message>
        <source>United States (federal)</source>
        <translation>Estados Unidos (federal)</translation>
    </message>
    <message>
        <source>Maryland, Washington</source>
        <translation>Maryland, Washington</translation>
    </message>
    <message>
        <source>Florida, Oklahoma</source>
        <translation>Florida, Oklahoma</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Francia</translation>
    </message>
    <message>
        <source>United States (federal): {start}–{end}</source>
        <translation>Estados Unidos (federal): {start}–{end}</translation>
    </message>
    <message>
        <source>Maryland, Washington: {start}–{end}</source>
        <translation>Maryland, Washington: {start}–{end}</translation>
    </message>
    <message>
        <source>Florida, Oklahoma: {start}–{end}, at most {most} texts in 24 hours</source>
        <translation>Florida, Oklahoma: {start}–{end}, como máximo {most} mensajes en 24 horas</translation>
    </message>
    <message>
        <source>France: {start}–{end}, no texts on Sundays or public holidays</source>
        <translation>Francia: {start}–{end}, sin mensajes los domingos ni festivos</translation>
    </message>
    <message numerus="yes">
        <source>{segment} also get “{name}” the same day: texting the same people within %n day(s) tires them and raises opt-outs.</source>
        <translation>
            <numerusform>{segment} también recibe “{name}” el mismo día: escribir a las mismas personas en menos de %n día las cansa y aumenta las bajas.</numerusform>
            <numerusform>{segment} también recibe “{name}” el mismo día: escribir a las mismas personas en menos de %n días las cansa y aumenta las bajas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{segment} also get “{name}” %n day(s) earlier: texting the same people within {days} days tires them and raises opt-outs.</source>
        <translation>
            <numerusform>{segment} también recibe “{name}” %n día antes: escribir a las mismas personas en menos de {days} días las cansa y aumenta las bajas.</numerusform>
            <numerusform>{segment} también recibe “{name}” %n días antes: escribir a las mismas personas en menos de {days} días las cansa y aumenta las bajas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{segment} also get “{name}” %n day(s) later: texting the same people within {days} days tires them and raises opt-outs.</source>
        <translation>
            <numerusform>{segment} también recibe “{name}” %n día después: escribir a las mismas personas en menos de {days} días las cansa y aumenta las bajas.</numerusform>
            <numerusform>{segment} también recibe “{name}” %n días después: escribir a las mismas personas en menos de {days} días las cansa y aumenta las bajas.</numerusform>
        </translation>
    </message>
    <message>
        <source>{time} is outside the hours marketing texts may go out ({start}–{end}, {rule}).</source>
        <translation>{time} está fuera del horario en que se pueden enviar mensajes de marketing ({start}–{end}, {rule}).</translation>
    </message>
    <message>
        <source>Marketing texts may not go out on Sundays under the rule you follow (France).</source>
        <translation>Según la norma que usted sigue (Francia), no se pueden enviar mensajes de marketing los domingos.</translation>
    </message>
    <message>
        <source>Marketing texts may not go out on public holidays under the rule you follow (France): {holiday}.</source>
        <translation>Según la norma que usted sigue (Francia), no se pueden enviar mensajes de marketing en días festivos: {holiday}.</translation>
    </message>
    <message numerus="yes">
        <source>{segment} would get %n text(s) within 24 hours; the rule you follow allows at most {most}.</source>
        <translation>
            <numerusform>{segment} recibiría %n mensaje en 24 horas; la norma que usted sigue permite como máximo {most}.</numerusform>
            <numerusform>{segment} recibiría %n mensajes en 24 horas; la norma que usted sigue permite como máximo {most}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{date} is a public holiday ({holiday}): people may be away, and some shops see fewer orders.</source>
        <translation>{date} es día festivo ({holiday}): la gente puede estar fuera y algunas tiendas reciben menos pedidos.</translation>
    </message>
    <message>
        <source>The message does not say how to stop getting texts (like “Reply STOP to opt out”): carriers require it.</source>
        <translation>El mensaje no dice cómo dejar de recibir mensajes (como «Responda STOP para darse de baja»): los operadores lo exigen.</translation>
    </message>
    <message>
        <source>{month} would cost {cost}, above your monthly budget of {budget}.</source>
        <translation>{month} costaría {cost}, más que su presupuesto mensual de {budget}.</translation>
    </message>
    <message>
        <source>Opt-outs in {segment} are rising. Consider texting them less often.</source>
        <translation>Las bajas en {segment} están subiendo. Considere escribirles con menos frecuencia.</translation>
    </message>
    <message>
        <source>Opt-outs in your list are rising. Consider texting them less often.</source>
        <translation>Las bajas en su lista están subiendo. Considere escribirles con menos frecuencia.</translation>
    </message>
    <message>
        <source>Opt-outs in {segment} are rising: from {from} to {to} of recipients ({start} – {end}). Consider texting them less often.</source>
        <translation>Las bajas en {segment} están subiendo: del {from} al {to} de los destinatarios ({start} – {end}). Considere escribirles con menos frecuencia.</translation>
    </message>
    <message>
        <source>Opt-outs in your list are rising: from {from} to {to} of recipients ({start} – {end}). Consider texting them less often.</source>
        <translation>Las bajas en su lista están subiendo: del {from} al {to} de los destinatarios ({start} – {end}). Considere escribirles con menos frecuencia.</translation>
    </message>
    <message>
        <source>{date} is in the past: a plan is for a send still to come (record a past send with its results instead).</source>
        <translation>{date} ya pasó: un plan es para un envío por venir (registre un envío pasado con sus resultados).</translation>
    </message>
    <message>
        <source>The audience is 0: say how many people the send will text.</source>
        <translation>La audiencia es 0: indique a cuántas personas escribirá el envío.</translation>
    </message>
    <message>
        <source>There is no segment named “{segment}”: did you mean “{guess}”?</source>
        <translation>No hay ningún segmento llamado “{segment}”: ¿quiso decir “{guess}”?</translation>
    </message>
    <message>
        <source>“{name}” has been sent: only planned sends can be moved.</source>
        <translation>“{name}” ya se envió: solo se pueden mover los envíos planificados.</translation>
    </message>
</context>
<context>
    <name>PlanningRulesBox</name>
    <message>
        <source>Planning warnings</source>
        <translation>Avisos de planificación</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>never warn</source>
        <translation>nunca avisar</translation>
    </message>
    <message>
        <source>Warn when the same segment is texted twice within this many days</source>
        <translation>Avisar cuando se escribe dos veces al mismo segmento en menos de estos días</translation>
    </message>
    <message>
        <source>besides “Reply STOP” and “STOP to end”</source>
        <translation>además de «Reply STOP» y «STOP to end»</translation>
    </message>
    <message>
        <source>No public holidays</source>
        <translation>Sin días festivos</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>sin presupuesto</translation>
    </message>
    <message>
        <source>Same segment again within</source>
        <translation>Mismo segmento otra vez en</translation>
    </message>
    <message>
        <source>Sending hours</source>
        <translation>Horario de envío</translation>
    </message>
    <message>
        <source>Your opt-out wording</source>
        <translation>Su texto de baja</translation>
    </message>
    <message>
        <source>Public holidays of</source>
        <translation>Días festivos de</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>Presupuesto mensual</translation>
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
    <name>PreviewTable</name>
    <message>
        <source>Preview of the file</source>
        <translation>Vista previa del archivo</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Problemas encontrados en el archivo</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n problem(s)&lt;/b&gt; — click one to see it in the preview (first {shown} listed)</source>
        <translation>
            <numerusform>&lt;b&gt;%n problema&lt;/b&gt;: haga clic en él para verlo en la vista previa (se listan los primeros {shown})</numerusform>
            <numerusform>&lt;b&gt;%n problemas&lt;/b&gt;: haga clic en uno para verlo en la vista previa (se listan los primeros {shown})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n problem(s)&lt;/b&gt; — click one to see it in the preview</source>
        <translation>
            <numerusform>&lt;b&gt;%n problema&lt;/b&gt;: haga clic en él para verlo en la vista previa</numerusform>
            <numerusform>&lt;b&gt;%n problemas&lt;/b&gt;: haga clic en uno para verlo en la vista previa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadSettingsPanel</name>
    <message>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Codificación del texto</translation>
    </message>
    <message>
        <source>Column separator</source>
        <translation>Separador de columnas</translation>
    </message>
    <message>
        <source>Numbers look like</source>
        <translation>Los números se ven así</translation>
    </message>
    <message>
        <source>Date order</source>
        <translation>Orden de la fecha</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Fila de encabezado</translation>
    </message>
    <message>
        <source>The spreadsheet row that holds the column names</source>
        <translation>La fila de la hoja que contiene los nombres de columna</translation>
    </message>
    <message>
        <source>&amp;Sheet</source>
        <translation>&amp;Hoja</translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation>&amp;Codificación</translation>
    </message>
    <message>
        <source>Column se&amp;parator</source>
        <translation>Se&amp;parador de columnas</translation>
    </message>
    <message>
        <source>&amp;Numbers look like</source>
        <translation>Los &amp;números se ven así</translation>
    </message>
    <message>
        <source>&amp;Date order</source>
        <translation>Or&amp;den de la fecha</translation>
    </message>
    <message>
        <source>&amp;Header row</source>
        <translation>Fila de &amp;encabezado</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 con BOM</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (occidental)</translation>
    </message>
    <message>
        <source>Comma  ,</source>
        <translation>Coma  ,</translation>
    </message>
    <message>
        <source>Semicolon  ;</source>
        <translation>Punto y coma  ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <source>Bar  |</source>
        <translation>Barra vertical  |</translation>
    </message>
    <message>
        <source>1,234.50  (decimal point)</source>
        <translation>1,234.50  (punto decimal)</translation>
    </message>
    <message>
        <source>1.234,50  (decimal comma)</source>
        <translation>1.234,50  (coma decimal)</translation>
    </message>
    <message>
        <source>1 234,50  (comma, space)</source>
        <translation>1 234,50  (coma, espacio)</translation>
    </message>
    <message>
        <source>1234.50  (point, no separator)</source>
        <translation>1234.50  (punto, sin separador)</translation>
    </message>
    <message>
        <source>1234,50  (comma, no separator)</source>
        <translation>1234,50  (coma, sin separador)</translation>
    </message>
    <message>
        <source>Work it out from the dates</source>
        <translation>Deducirlo de las fechas</translation>
    </message>
    <message>
        <source>Day first  (31.12.2026)</source>
        <translation>Día primero  (31.12.2026)</translation>
    </message>
    <message>
        <source>Month first  (12/31/2026)</source>
        <translation>Mes primero  (12/31/2026)</translation>
    </message>
    <message>
        <source>Dates read day first.</source>
        <translation>Fechas leídas con el día primero.</translation>
    </message>
    <message>
        <source>Dates read month first.</source>
        <translation>Fechas leídas con el mes primero.</translation>
    </message>
</context>
<context>
    <name>ReportActionWords</name>
    <message>
        <source>Save report as PDF</source>
        <translation>Guardar informe como PDF</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>SMS report {period}.pdf</source>
        <translation>Informe SMS {period}.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the report for {period} to {path}.</source>
        <translation>Informe de {period} guardado en {path}.</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Imprimir informe</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>SMS campaign report {period}</source>
        <translation>Informe de campañas SMS {period}</translation>
    </message>
    <message>
        <source>Sent the report for {period} to the printer.</source>
        <translation>Informe de {period} enviado a la impresora.</translation>
    </message>
</context>
<context>
    <name>ReportPeriodDialog</name>
    <message>
        <source>A month</source>
        <translation>Un mes</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Month of the report</source>
        <translation>Mes del informe</translation>
    </message>
    <message>
        <source>First day of the report</source>
        <translation>Primer día del informe</translation>
    </message>
    <message>
        <source>Last day of the report</source>
        <translation>Último día del informe</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Which campaigns should the report cover?</source>
        <translation>¿Qué campañas debe abarcar el informe?</translation>
    </message>
    <message>
        <source>The first day is after the last day: swap them.</source>
        <translation>El primer día es posterior al último: inviértalos.</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <source>likely {range} · {count} of {total} delivered</source>
        <translation>probablemente {range} · {count} de {total} entregados</translation>
    </message>
    <message>
        <source>likely {range} · {count} of {total} sent</source>
        <translation>probablemente {range} · {count} de {total} enviados</translation>
    </message>
    <message>
        <source>likely {range} · {count} of {total} delivered or sent</source>
        <translation>probablemente {range} · {count} de {total} entregados o enviados</translation>
    </message>
    <message>
        <source>delivered ({count})</source>
        <translation>entregados ({count})</translation>
    </message>
    <message>
        <source>conversions ({count})</source>
        <translation>conversiones ({count})</translation>
    </message>
    <message>
        <source>revenue ({count})</source>
        <translation>ingresos ({count})</translation>
    </message>
    <message>
        <source>cost ({count})</source>
        <translation>costo ({count})</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>Mensajes enviados</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversiones</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Revenue minus cost</source>
        <translation>Ingresos menos costo</translation>
    </message>
    <message>
        <source>Not known for some campaigns, left out of the totals: {list}.</source>
        <translation>Desconocido en algunas campañas, fuera de los totales: {list}.</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Tasas</translation>
    </message>
    <message>
        <source>Best offer</source>
        <translation>Mejor oferta</translation>
    </message>
    <message>
        <source>Worst offer</source>
        <translation>Peor oferta</translation>
    </message>
    <message>
        <source>Best segment</source>
        <translation>Mejor segmento</translation>
    </message>
    <message>
        <source>Worst segment</source>
        <translation>Peor segmento</translation>
    </message>
    <message numerus="yes">
        <source>likely {low} – {high} · {count} campaign(s)</source>
        <translation>
            <numerusform>probablemente {low} – {high} · {count} campaña</numerusform>
            <numerusform>probablemente {low} – {high} · {count} campañas</numerusform>
        </translation>
    </message>
    <message>
        <source>The best and worst segment and offer have overlapping ranges: the difference could be chance, treat it as a hint.</source>
        <translation>El mejor y el peor segmento, y la mejor y la peor oferta, tienen rangos que se solapan: la diferencia podría ser azar, tómela como una pista.</translation>
    </message>
    <message>
        <source>The best and worst offer have overlapping ranges: the difference could be chance, treat it as a hint.</source>
        <translation>La mejor y la peor oferta tienen rangos que se solapan: la diferencia podría ser azar, tómela como una pista.</translation>
    </message>
    <message>
        <source>The best and worst segment have overlapping ranges: the difference could be chance, treat it as a hint.</source>
        <translation>El mejor y el peor segmento tienen rangos que se solapan: la diferencia podría ser azar, tómela como una pista.</translation>
    </message>
    <message>
        <source>What worked best (conversion rate)</source>
        <translation>Lo que mejor funcionó (tasa de conversión)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibidos</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tasa</translation>
    </message>
    <message>
        <source>Likely range</source>
        <translation>Rango probable</translation>
    </message>
    <message>
        <source>Largest campaigns</source>
        <translation>Campañas más grandes</translation>
    </message>
    <message>
        <source>Next planned sends</source>
        <translation>Próximos envíos planificados</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>No SMS campaigns were sent in this period.</source>
        <translation>No se enviaron campañas SMS en este periodo.</translation>
    </message>
    <message>
        <source>Choose another month or range, or import your results first.</source>
        <translation>Elija otro mes o periodo, o importe primero sus resultados.</translation>
    </message>
    <message>
        <source>Conversion rate = people who converted ÷ people who received the message. “Likely” ranges are 95% intervals: with small campaigns they are wide, and two overlapping ranges may not really differ.</source>
        <translation>Tasa de conversión = personas que convirtieron ÷ personas que recibieron el mensaje. Los rangos «probables» son intervalos del 95 %: con campañas pequeñas son amplios, y dos rangos que se solapan quizá no difieran realmente.</translation>
    </message>
    <message>
        <source>SMS campaign report: {period}</source>
        <translation>Informe de campañas SMS: {period}</translation>
    </message>
    <message>
        <source>{days} · made on {made} with {app}</source>
        <translation>{days} · creado el {made} con {app}</translation>
    </message>
    <message>
        <source>made on {made} with {app}</source>
        <translation>creado el {made} con {app}</translation>
    </message>
    <message>
        <source>Added up by month</source>
        <translation>Sumado por mes</translation>
    </message>
    <message>
        <source>No campaigns in this period.</source>
        <translation>No hay campañas en este periodo.</translation>
    </message>
    <message>
        <source>Could not write {path}</source>
        <translation>No se pudo escribir {path}</translation>
    </message>
</context>
<context>
    <name>RowLegend</name>
    <message>
        <source>Highlighted rows</source>
        <translation>Filas resaltadas</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Filas:</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nueva</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiada</translation>
    </message>
</context>
<context>
    <name>SchemaUpdateDialog</name>
    <message>
        <source>Updating your campaign file</source>
        <translation>Actualizando su archivo de campañas</translation>
    </message>
    <message>
        <source>Updating your campaign file to the new version. A backup is made first; for a big file this can take a few minutes.</source>
        <translation>Actualizando su archivo de campañas a la nueva versión. Primero se hace una copia de seguridad; con un archivo grande puede tardar unos minutos.</translation>
    </message>
    <message>
        <source>Making a backup first…</source>
        <translation>Primero se hace una copia de seguridad…</translation>
    </message>
    <message>
        <source>Updating the file to the new version…</source>
        <translation>Actualizando el archivo a la nueva versión…</translation>
    </message>
    <message>
        <source>Converting messages: {done} of {total}</source>
        <translation>Convirtiendo mensajes: {done} de {total}</translation>
    </message>
    <message>
        <source>Saving the converted messages…</source>
        <translation>Guardando los mensajes convertidos…</translation>
    </message>
    <message>
        <source>Counting each campaign&apos;s totals again…</source>
        <translation>Volviendo a contar los totales de cada campaña…</translation>
    </message>
    <message>
        <source>Tidying up the file; this last step can take a minute.</source>
        <translation>Ordenando el archivo; este último paso puede tardar un minuto.</translation>
    </message>
</context>
<context>
    <name>SchemaUpdateWords</name>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>Campaign file updated: it now takes {after} instead of {before}. The old one is in File &gt; Backups.</source>
        <translation>Archivo de campañas actualizado: ahora ocupa {after} en lugar de {before}. El anterior está en Archivo &gt; Copias de seguridad.</translation>
    </message>
    <message>
        <source>Campaign file updated to this version. The old one is in File &gt; Backups.</source>
        <translation>Archivo de campañas actualizado a esta versión. El anterior está en Archivo &gt; Copias de seguridad.</translation>
    </message>
</context>
<context>
    <name>ShapePanel</name>
    <message>
        <source>What the file holds</source>
        <translation>Qué contiene el archivo</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign name</source>
        <translation>Nombre de la ca&amp;mpaña</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Nombre de la campaña</translation>
    </message>
    <message>
        <source>The file names no campaign: all its rows go into this campaign</source>
        <translation>El archivo no nombra ninguna campaña: todas sus filas van a esta campaña</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the file holds&lt;/b&gt;</source>
        <translation>&lt;b&gt;Qué contiene el archivo&lt;/b&gt;</translation>
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
    <name>TestPlanner</name>
    <message>
        <source>Plan a fair test</source>
        <translation>Planificar una prueba justa</translation>
    </message>
    <message>
        <source>Current conversion rate</source>
        <translation>Tasa de conversión actual</translation>
    </message>
    <message>
        <source>Smallest improvement worth finding</source>
        <translation>Mejora mínima</translation>
    </message>
    <message>
        <source>relative ({from} → {to} is {lift})</source>
        <translation>relativa ({from} → {to} es {lift})</translation>
    </message>
    <message>
        <source>absolute points ({from} → {to} is 1)</source>
        <translation>puntos absolutos ({from} → {to} es 1)</translation>
    </message>
    <message>
        <source>Lift is relative or absolute</source>
        <translation>Mejora relativa o absoluta</translation>
    </message>
    <message>
        <source>{percent} (usual)</source>
        <translation>{percent} (habitual)</translation>
    </message>
    <message>
        <source>Risk of calling a winner when there is none</source>
        <translation>Riesgo de declarar un ganador que no existe</translation>
    </message>
    <message>
        <source>Significance level (alpha): how often a test of two equally good messages would still name a winner.</source>
        <translation>Nivel de significación (alfa): con qué frecuencia una prueba de dos mensajes igual de buenos nombraría aun así un ganador.</translation>
    </message>
    <message>
        <source>Chance of spotting a real improvement</source>
        <translation>Probabilidad de detectar una mejora real</translation>
    </message>
    <message>
        <source>Statistical power: how often a test this size finds B better when it truly is better by the amount above.</source>
        <translation>Potencia estadística: con qué frecuencia una prueba de este tamaño encuentra B mejor cuando de verdad lo es en la cantidad indicada.</translation>
    </message>
    <message>
        <source>Current rate</source>
        <translation>Tasa actual</translation>
    </message>
    <message>
        <source>Risk of a false winner</source>
        <translation>Riesgo de falso ganador</translation>
    </message>
    <message>
        <source>Chance of spotting it</source>
        <translation>Probabilidad de detectarla</translation>
    </message>
    <message>
        <source>People needed per message, for other improvements:</source>
        <translation>Personas necesarias por mensaje, para otras mejoras:</translation>
    </message>
    <message>
        <source>People needed for other improvements</source>
        <translation>Personas necesarias para otras mejoras</translation>
    </message>
    <message>
        <source> points</source>
        <translation> puntos</translation>
    </message>
    <message>
        <source>That lift would take the rate past {percent}.</source>
        <translation>Esa mejora llevaría la tasa por encima del {percent}.</translation>
    </message>
    <message numerus="yes">
        <source>Send each message to %Ln person(s) ({total} in total) to tell {baseline} from {target}.</source>
        <translation>
            <numerusform>Envíe cada mensaje a %Ln persona ({total} en total) para distinguir {baseline} de {target}.</numerusform>
            <numerusform>Envíe cada mensaje a %Ln personas ({total} en total) para distinguir {baseline} de {target}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide the number of recipients before you start and look at the result once. Checking early and stopping when it looks good turns many chance differences into false wins.</source>
        <translation>Decida el número de destinatarios antes de empezar y mire el resultado una sola vez. Revisar antes de tiempo y parar cuando se ve bien convierte muchas diferencias por azar en falsas victorias.</translation>
    </message>
    <message>
        <source>Worked out with the standard formula for comparing two rates (hover here to see it).</source>
        <translation>Calculado con la fórmula estándar para comparar dos tasas (pase el ratón aquí para verla).</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message numerus="yes">
        <source>Total: %n campaign(s)</source>
        <translation>
            <numerusform>Total: %n campaña</numerusform>
            <numerusform>Total: %n campañas</numerusform>
        </translation>
    </message>
    <message>
        <source>Sums and pooled rates over the campaigns shown above</source>
        <translation>Sumas y tasas combinadas de las campañas mostradas arriba</translation>
    </message>
    <message numerus="yes">
        <source>{missing} of %n campaign(s) left out (a count is not known)</source>
        <translation>
            <numerusform>{missing} de %n campaña sin contar (falta una cifra)</numerusform>
            <numerusform>{missing} de %n campañas sin contar (falta una cifra)</numerusform>
        </translation>
    </message>
    <message>
        <source>{column}: not known for any campaign shown</source>
        <translation>{column}: desconocido en todas las campañas mostradas</translation>
    </message>
    <message numerus="yes">
        <source>{column}: sum over %n campaign(s); {without} without this figure left out</source>
        <translation>
            <numerusform>{column}: suma de %n campaña; {without} sin esta cifra no se cuentan</numerusform>
            <numerusform>{column}: suma de %n campañas; {without} sin esta cifra no se cuentan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{column}: sum over %n campaign(s)</source>
        <translation>
            <numerusform>{column}: suma de %n campaña</numerusform>
            <numerusform>{column}: suma de %n campañas</numerusform>
        </translation>
    </message>
    <message>
        <source>Pooled conversion rate</source>
        <translation>Tasa de conversión combinada</translation>
    </message>
    <message>
        <source>Pooled click-through rate</source>
        <translation>Tasa de clics combinada</translation>
    </message>
    <message>
        <source>Pooled response rate</source>
        <translation>Tasa de respuesta combinada</translation>
    </message>
    <message>
        <source>Pooled delivery rate</source>
        <translation>Tasa de entrega combinada</translation>
    </message>
</context>
<context>
    <name>TrendChartWords</name>
    <message>
        <source>Typical SMS conversion {low}–{high} (rough industry figure)</source>
        <translation>Conversión SMS típica {low}–{high} (cifra aproximada del sector)</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Nada que mostrar.</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>Sin segmento</translation>
    </message>
    <message>
        <source>Selected in the table</source>
        <translation>Seleccionadas en la tabla</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Selección</translation>
    </message>
    <message>
        <source>Typical {low}–{high} (rough industry figure)</source>
        <translation>Típico {low}–{high} (cifra aproximada)</translation>
    </message>
</context>
<context>
    <name>TrendItemWords</name>
    <message numerus="yes">
        <source>({count} other(s)...)</source>
        <translation>
            <numerusform>({count} más...)</numerusform>
            <numerusform>({count} más...)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendPlot</name>
    <message>
        <source>Trend chart</source>
        <translation>Gráfico de tendencia</translation>
    </message>
    <message>
        <source>Send date (as recorded)</source>
        <translation>Fecha de envío (tal como se registró)</translation>
    </message>
    <message>
        <source>Added up by month</source>
        <translation>Sumado por mes</translation>
    </message>
    <message>
        <source>{metric}: {rate} (95% interval {low} – {high})</source>
        <translation>{metric}: {rate} (intervalo del 95 % {low} – {high})</translation>
    </message>
    <message>
        <source>{count} of {total} delivered</source>
        <translation>{count} de {total} entregados</translation>
    </message>
    <message>
        <source>{count} of {total} sent</source>
        <translation>{count} de {total} enviados</translation>
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message>
        <source>Rate to show</source>
        <translation>Tasa a mostrar</translation>
    </message>
    <message>
        <source>Pool campaigns by</source>
        <translation>Agrupar campañas por</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Zoom to show every campaign</source>
        <translation>Hacer zoom para ver todas las campañas</translation>
    </message>
    <message>
        <source>Export chart as PNG or SVG…</source>
        <translation>Exportar gráfico como PNG o SVG…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>By segment</source>
        <translation>Por segmento</translation>
    </message>
    <message>
        <source>By offer</source>
        <translation>Por oferta</translation>
    </message>
    <message>
        <source>By weekday</source>
        <translation>Por día de la semana</translation>
    </message>
    <message>
        <source>By hour of day</source>
        <translation>Por hora del día</translation>
    </message>
    <message>
        <source>Break the rate down by</source>
        <translation>Desglosar la tasa por</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>How to read this verdict</source>
        <translation>Cómo leer este veredicto</translation>
    </message>
    <message>
        <source>What works best</source>
        <translation>Lo que mejor funciona</translation>
    </message>
    <message>
        <source>Added up by week</source>
        <translation>Sumado por semana</translation>
    </message>
    <message>
        <source>Added up by month</source>
        <translation>Sumado por mes</translation>
    </message>
    <message>
        <source>The campaign shown has no conversions counted.
Pick another rate, or add the counts to your campaigns.</source>
        <translation>La campaña mostrada no tiene conversiones contadas.
Elija otra tasa o añada las cifras a sus campañas.</translation>
    </message>
    <message>
        <source>The campaign shown has no clicks counted.
Pick another rate, or add the counts to your campaigns.</source>
        <translation>La campaña mostrada no tiene clics contados.
Elija otra tasa o añada las cifras a sus campañas.</translation>
    </message>
    <message>
        <source>The campaign shown has no replies counted.
Pick another rate, or add the counts to your campaigns.</source>
        <translation>La campaña mostrada no tiene respuestas contadas.
Elija otra tasa o añada las cifras a sus campañas.</translation>
    </message>
    <message>
        <source>The campaign shown has no delivered counted.
Pick another rate, or add the counts to your campaigns.</source>
        <translation>La campaña mostrada no tiene entregas contadas.
Elija otra tasa o añada las cifras a sus campañas.</translation>
    </message>
    <message numerus="yes">
        <source>None of the {count} campaign(s) shown has conversions counted.
Pick another rate, or add the counts to your campaigns.</source>
        <translation>
            <numerusform>La campaña mostrada ({count}) no tiene conversiones contadas.
Elija otra tasa o añada las cifras a sus campañas.</numerusform>
            <numerusform>Ninguna de las {count} campañas mostradas tiene conversiones contadas.
Elija otra tasa o añada las cifras a sus campañas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the {count} campaign(s) shown has clicks counted.
Pick another rate, or add the counts to your campaigns.</source>
        <translation>
            <numerusform>La campaña mostrada ({count}) no tiene clics contadas.
Elija otra tasa o añada las cifras a sus campañas.</numerusform>
            <numerusform>Ninguna de las {count} campañas mostradas tiene clics contadas.
Elija otra tasa o añada las cifras a sus campañas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the {count} campaign(s) shown has replies counted.
Pick another rate, or add the counts to your campaigns.</source>
        <translation>
            <numerusform>La campaña mostrada ({count}) no tiene respuestas contadas.
Elija otra tasa o añada las cifras a sus campañas.</numerusform>
            <numerusform>Ninguna de las {count} campañas mostradas tiene respuestas contadas.
Elija otra tasa o añada las cifras a sus campañas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the {count} campaign(s) shown has delivered counted.
Pick another rate, or add the counts to your campaigns.</source>
        <translation>
            <numerusform>La campaña mostrada ({count}) no tiene entregas contadas.
Elija otra tasa o añada las cifras a sus campañas.</numerusform>
            <numerusform>Ninguna de las {count} campañas mostradas tiene entregas contadas.
Elija otra tasa o añada las cifras a sus campañas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No campaigns yet.
Add a campaign or import your results, and the trend of your rates will appear here.</source>
        <translation>Aún no hay campañas.
Añada una campaña o importe sus resultados, y la tendencia de sus tasas aparecerá aquí.</translation>
    </message>
    <message>
        <source>No campaigns match the filters.
Widen the date range or pick another segment.</source>
        <translation>Ninguna campaña coincide con los filtros.
Amplíe el rango de fechas o elija otro segmento.</translation>
    </message>
    <message>
        <source>Bars: each group&apos;s rate and the range it most likely lies in (95%), allowing for how much campaigns vary; the second number is the people reached.</source>
        <translation>Barras: la tasa de cada grupo y el rango donde más probablemente está (95 %), teniendo en cuenta cuánto varían las campañas; el segundo número son las personas alcanzadas.</translation>
    </message>
    <message>
        <source>Pale bars: the interval includes the overall rate, so the difference could be chance.</source>
        <translation>Barras pálidas: el intervalo incluye la tasa global, así que la diferencia podría ser azar.</translation>
    </message>
    <message numerus="yes">
        <source>{count} campaign(s) with no send time left out.</source>
        <translation>
            <numerusform>{count} campaña sin hora de envío queda fuera.</numerusform>
            <numerusform>{count} campañas sin hora de envío quedan fuera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} campaign(s) with nothing recorded here left out.</source>
        <translation>
            <numerusform>{count} campaña sin dato aquí queda fuera.</numerusform>
            <numerusform>{count} campañas sin dato aquí quedan fuera.</numerusform>
        </translation>
    </message>
    <message>
        <source>* fewer than {count} campaigns.</source>
        <translation>* menos de {count} campañas.</translation>
    </message>
    <message>
        <source>Wilson 95% interval per group, widened by the campaign-to-campaign spread (overdispersion).</source>
        <translation>Intervalo de Wilson del 95 % por grupo, ampliado según la dispersión entre campañas (sobredispersión).</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>The chart could not be saved to {path}: check the folder exists and you can write to it.</source>
        <translation>No se pudo guardar el gráfico en {path}: compruebe que la carpeta existe y que puede escribir en ella.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exportar gráfico</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>At the size shown ({width} × {height})</source>
        <translation>Al tamaño mostrado ({width} × {height})</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Tamaño de la imagen</translation>
    </message>
</context>
<context>
    <name>VerdictWords</name>
    <message>
        <source>Conversion rate</source>
        <translation>Tasa de conversión</translation>
    </message>
    <message>
        <source>Click-through rate</source>
        <translation>Tasa de clics</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Tasa de respuesta</translation>
    </message>
    <message>
        <source>Delivery rate</source>
        <translation>Tasa de entrega</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semana</numerusform>
            <numerusform>%n semanas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mes</numerusform>
            <numerusform>%n meses</numerusform>
        </translation>
    </message>
    <message>
        <source>{years} years</source>
        <translation>{years} años</translation>
    </message>
    <message>
        <source>Conversion rate rose from {start} to {end} over {span} ({first} – {last}); a change this size is unlikely to be chance.</source>
        <translation>La tasa de conversión subió de {start} a {end} en {span} ({first} – {last}); un cambio así difícilmente es casualidad.</translation>
    </message>
    <message>
        <source>Conversion rate fell from {start} to {end} over {span} ({first} – {last}); a change this size is unlikely to be chance.</source>
        <translation>La tasa de conversión bajó de {start} a {end} en {span} ({first} – {last}); un cambio así difícilmente es casualidad.</translation>
    </message>
    <message>
        <source>Click-through rate rose from {start} to {end} over {span} ({first} – {last}); a change this size is unlikely to be chance.</source>
        <translation>La tasa de clics subió de {start} a {end} en {span} ({first} – {last}); un cambio así difícilmente es casualidad.</translation>
    </message>
    <message>
        <source>Click-through rate fell from {start} to {end} over {span} ({first} – {last}); a change this size is unlikely to be chance.</source>
        <translation>La tasa de clics bajó de {start} a {end} en {span} ({first} – {last}); un cambio así difícilmente es casualidad.</translation>
    </message>
    <message>
        <source>Response rate rose from {start} to {end} over {span} ({first} – {last}); a change this size is unlikely to be chance.</source>
        <translation>La tasa de respuesta subió de {start} a {end} en {span} ({first} – {last}); un cambio así difícilmente es casualidad.</translation>
    </message>
    <message>
        <source>Response rate fell from {start} to {end} over {span} ({first} – {last}); a change this size is unlikely to be chance.</source>
        <translation>La tasa de respuesta bajó de {start} a {end} en {span} ({first} – {last}); un cambio así difícilmente es casualidad.</translation>
    </message>
    <message>
        <source>Delivery rate rose from {start} to {end} over {span} ({first} – {last}); a change this size is unlikely to be chance.</source>
        <translation>La tasa de entrega subió de {start} a {end} en {span} ({first} – {last}); un cambio así difícilmente es casualidad.</translation>
    </message>
    <message>
        <source>Delivery rate fell from {start} to {end} over {span} ({first} – {last}); a change this size is unlikely to be chance.</source>
        <translation>La tasa de entrega bajó de {start} a {end} en {span} ({first} – {last}); un cambio así difícilmente es casualidad.</translation>
    </message>
    <message>
        <source>No change: none of the people reached is counted in conversions in every campaign shown, so there is no trend to see.</source>
        <translation>Sin cambios: en ninguna campaña mostrada se cuenta a alguna de las personas alcanzadas en las conversiones, así que no hay tendencia que ver.</translation>
    </message>
    <message>
        <source>No change: every one of the people reached is counted in conversions in every campaign shown, so there is no trend to see.</source>
        <translation>Sin cambios: en cada campaña mostrada, todas las personas alcanzadas se cuentan en las conversiones, así que no hay tendencia que ver.</translation>
    </message>
    <message>
        <source>No change: none of the people reached is counted in clicks in every campaign shown, so there is no trend to see.</source>
        <translation>Sin cambios: en ninguna campaña mostrada se cuenta a alguna de las personas alcanzadas en los clics, así que no hay tendencia que ver.</translation>
    </message>
    <message>
        <source>No change: every one of the people reached is counted in clicks in every campaign shown, so there is no trend to see.</source>
        <translation>Sin cambios: en cada campaña mostrada, todas las personas alcanzadas se cuentan en los clics, así que no hay tendencia que ver.</translation>
    </message>
    <message>
        <source>No change: none of the people reached is counted in replies in every campaign shown, so there is no trend to see.</source>
        <translation>Sin cambios: en ninguna campaña mostrada se cuenta a alguna de las personas alcanzadas en las respuestas, así que no hay tendencia que ver.</translation>
    </message>
    <message>
        <source>No change: every one of the people reached is counted in replies in every campaign shown, so there is no trend to see.</source>
        <translation>Sin cambios: en cada campaña mostrada, todas las personas alcanzadas se cuentan en las respuestas, así que no hay tendencia que ver.</translation>
    </message>
    <message>
        <source>No change: none of the people reached is counted in delivered in every campaign shown, so there is no trend to see.</source>
        <translation>Sin cambios: en ninguna campaña mostrada se cuenta a alguna de las personas alcanzadas en las entregas, así que no hay tendencia que ver.</translation>
    </message>
    <message>
        <source>No change: every one of the people reached is counted in delivered in every campaign shown, so there is no trend to see.</source>
        <translation>Sin cambios: en cada campaña mostrada, todas las personas alcanzadas se cuentan en las entregas, así que no hay tendencia que ver.</translation>
    </message>
    <message>
        <source>Too few campaigns to judge a trend: at least {count} on different days are needed (per segment shown, one more).</source>
        <translation>Muy pocas campañas para juzgar una tendencia: se necesitan al menos {count} en días distintos (una más por cada segmento mostrado).</translation>
    </message>
    <message>
        <source>The trend could not be worked out from these figures.</source>
        <translation>No se pudo calcular la tendencia con estas cifras.</translation>
    </message>
    <message>
        <source>No clear change: the ups and downs are within what chance produces.</source>
        <translation>Sin un cambio claro: los altibajos están dentro de lo que produce el azar.</translation>
    </message>
    <message>
        <source>Could be chance: even with nothing really changing, a drop this size happens by chance nearly every time.</source>
        <translation>Podría ser azar: aun sin un cambio real, una caída de este tamaño ocurre por azar casi siempre.</translation>
    </message>
    <message>
        <source>Could be chance: even with nothing really changing, a rise this size happens by chance nearly every time.</source>
        <translation>Podría ser azar: aun sin un cambio real, una subida de este tamaño ocurre por azar casi siempre.</translation>
    </message>
    <message>
        <source>Could be chance: even with nothing really changing, a drop this size happens by chance about once in 10.</source>
        <translation>Podría ser azar: aun sin un cambio real, una caída de este tamaño ocurre por azar alrededor de una vez de cada 10.</translation>
    </message>
    <message>
        <source>Could be chance: even with nothing really changing, a rise this size happens by chance about once in 10.</source>
        <translation>Podría ser azar: aun sin un cambio real, una subida de este tamaño ocurre por azar alrededor de una vez de cada 10.</translation>
    </message>
    <message numerus="yes">
        <source>Could be chance: even with nothing really changing, a drop this size happens by chance about %n time(s) in 10.</source>
        <translation>
            <numerusform>Podría ser azar: aun sin un cambio real, una caída de este tamaño ocurre por azar alrededor de %n vez de cada 10.</numerusform>
            <numerusform>Podría ser azar: aun sin un cambio real, una caída de este tamaño ocurre por azar alrededor de %n veces de cada 10.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could be chance: even with nothing really changing, a rise this size happens by chance about %n time(s) in 10.</source>
        <translation>
            <numerusform>Podría ser azar: aun sin un cambio real, una subida de este tamaño ocurre por azar alrededor de %n vez de cada 10.</numerusform>
            <numerusform>Podría ser azar: aun sin un cambio real, una subida de este tamaño ocurre por azar alrededor de %n veces de cada 10.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could be chance: even with nothing really changing, a drop this size happens by chance about %n time(s) in 100.</source>
        <translation>
            <numerusform>Podría ser azar: aun sin un cambio real, una caída de este tamaño ocurre por azar alrededor de %n vez de cada 100.</numerusform>
            <numerusform>Podría ser azar: aun sin un cambio real, una caída de este tamaño ocurre por azar alrededor de %n veces de cada 100.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could be chance: even with nothing really changing, a rise this size happens by chance about %n time(s) in 100.</source>
        <translation>
            <numerusform>Podría ser azar: aun sin un cambio real, una subida de este tamaño ocurre por azar alrededor de %n vez de cada 100.</numerusform>
            <numerusform>Podría ser azar: aun sin un cambio real, una subida de este tamaño ocurre por azar alrededor de %n veces de cada 100.</numerusform>
        </translation>
    </message>
    <message>
        <source>Likely real: if nothing had really changed, a drop this size would happen by chance less than once in 1,000.</source>
        <translation>Probablemente real: sin un cambio real, una caída de este tamaño ocurriría por azar menos de una vez de cada 1.000.</translation>
    </message>
    <message>
        <source>Likely real: if nothing had really changed, a rise this size would happen by chance less than once in 1,000.</source>
        <translation>Probablemente real: sin un cambio real, una subida de este tamaño ocurriría por azar menos de una vez de cada 1.000.</translation>
    </message>
    <message>
        <source>Likely real: if nothing had really changed, a drop this size would happen by chance less than once in 100.</source>
        <translation>Probablemente real: sin un cambio real, una caída de este tamaño ocurriría por azar menos de una vez de cada 100.</translation>
    </message>
    <message>
        <source>Likely real: if nothing had really changed, a rise this size would happen by chance less than once in 100.</source>
        <translation>Probablemente real: sin un cambio real, una subida de este tamaño ocurriría por azar menos de una vez de cada 100.</translation>
    </message>
    <message>
        <source>Likely real: if nothing had really changed, a drop this size would happen by chance only about once in 100.</source>
        <translation>Probablemente real: sin un cambio real, una caída de este tamaño ocurriría por azar solo alrededor de una vez de cada 100.</translation>
    </message>
    <message>
        <source>Likely real: if nothing had really changed, a rise this size would happen by chance only about once in 100.</source>
        <translation>Probablemente real: sin un cambio real, una subida de este tamaño ocurriría por azar solo alrededor de una vez de cada 100.</translation>
    </message>
    <message numerus="yes">
        <source>Likely real: if nothing had really changed, a drop this size would happen by chance only about %n time(s) in 100.</source>
        <translation>
            <numerusform>Probablemente real: sin un cambio real, una caída de este tamaño ocurriría por azar solo alrededor de %n vez de cada 100.</numerusform>
            <numerusform>Probablemente real: sin un cambio real, una caída de este tamaño ocurriría por azar solo alrededor de %n veces de cada 100.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Likely real: if nothing had really changed, a rise this size would happen by chance only about %n time(s) in 100.</source>
        <translation>
            <numerusform>Probablemente real: sin un cambio real, una subida de este tamaño ocurriría por azar solo alrededor de %n vez de cada 100.</numerusform>
            <numerusform>Probablemente real: sin un cambio real, una subida de este tamaño ocurriría por azar solo alrededor de %n veces de cada 100.</numerusform>
        </translation>
    </message>
    <message>
        <source>The figures: Fitted change {change} points (95% interval {low} to {high}; {p}), allowing for differences between segments and campaign-to-campaign variation.</source>
        <translation>Las cifras: cambio estimado {change} puntos (intervalo del 95 % de {low} a {high}; {p}), teniendo en cuenta las diferencias entre segmentos y la variación entre campañas.</translation>
    </message>
    <message>
        <source>The figures: Fitted change {change} points (95% interval {low} to {high}; {p}), allowing for campaign-to-campaign variation.</source>
        <translation>Las cifras: cambio estimado {change} puntos (intervalo del 95 % de {low} a {high}; {p}), teniendo en cuenta la variación entre campañas.</translation>
    </message>
    <message numerus="yes">
        <source>{count} campaign(s) has/have no conversion count(s), so it is/they are left out.</source>
        <translation>
            <numerusform>{count} campaña no tiene número de conversiones, así que queda fuera.</numerusform>
            <numerusform>{count} campañas no tienen número de conversiones, así que quedan fuera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} campaign(s) has/have no click count(s), so it is/they are left out.</source>
        <translation>
            <numerusform>{count} campaña no tiene número de clics, así que queda fuera.</numerusform>
            <numerusform>{count} campañas no tienen número de clics, así que quedan fuera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} campaign(s) has/have no reply count(s), so it is/they are left out.</source>
        <translation>
            <numerusform>{count} campaña no tiene número de respuestas, así que queda fuera.</numerusform>
            <numerusform>{count} campañas no tienen número de respuestas, así que quedan fuera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} campaign(s) has/have no delivered count(s), so it is/they are left out.</source>
        <translation>
            <numerusform>{count} campaña no tiene número de entregas, así que queda fuera.</numerusform>
            <numerusform>{count} campañas no tienen número de entregas, así que quedan fuera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} campaign(s) has/have no sent count(s), so it is/they are left out.</source>
        <translation>
            <numerusform>{count} campaña no tiene número de envíos, así que queda fuera.</numerusform>
            <numerusform>{count} campañas no tienen número de envíos, así que quedan fuera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} campaign(s) has/have no sent or delivered count(s), so it is/they are left out.</source>
        <translation>
            <numerusform>{count} campaña no tiene número de envíos ni de entregas, así que queda fuera.</numerusform>
            <numerusform>{count} campañas no tienen número de envíos ni de entregas, así que quedan fuera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} campaign(s) reached nobody (0 sent), so it is/they are left out.</source>
        <translation>
            <numerusform>{count} campaña no llegó a nadie (0 enviados), así que queda fuera.</numerusform>
            <numerusform>{count} campañas no llegaron a nadie (0 enviados), así que quedan fuera.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} campaign(s) reached nobody (0 delivered), so it is/they are left out.</source>
        <translation>
            <numerusform>{count} campaña no llegó a nadie (0 entregados), así que queda fuera.</numerusform>
            <numerusform>{count} campañas no llegaron a nadie (0 entregados), así que quedan fuera.</numerusform>
        </translation>
    </message>
    <message>
        <source>No offer</source>
        <translation>Sin oferta</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>Sin segmento</translation>
    </message>
</context>
<context>
    <name>WeekList</name>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Campaigns of the month by week</source>
        <translation>Campañas del mes por semana</translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>Semana del {day}</translation>
    </message>
    <message>
        <source>{day}  (today)</source>
        <translation>{day}  (hoy)</translation>
    </message>
    <message>
        <source>Holiday: {name}</source>
        <translation>Festivo: {name}</translation>
    </message>
    <message>
        <source>Plan a send…</source>
        <translation>Planificar un envío…</translation>
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
<context>
    <name>WhatIfPanel</name>
    <message>
        <source>People to text</source>
        <translation>Destinatarios</translation>
    </message>
    <message>
        <source>People to text (slider)</source>
        <translation>Destinatarios (control deslizante)</translation>
    </message>
    <message>
        <source>Send date</source>
        <translation>Fecha de envío</translation>
    </message>
    <message>
        <source>The day you will send. Where your rate has really been rising or falling, the forecast follows that trend to this day.</source>
        <translation>El día en que enviará. Si su tasa ha subido o bajado de verdad, el pronóstico sigue esa tendencia hasta ese día.</translation>
    </message>
    <message>
        <source>From my past campaigns</source>
        <translation>De mis campañas anteriores</translation>
    </message>
    <message>
        <source>I&apos;ll type it</source>
        <translation>La escribo yo</translation>
    </message>
    <message>
        <source>Which past campaigns</source>
        <translation>Qué campañas anteriores</translation>
    </message>
    <message>
        <source>Expected conversion rate</source>
        <translation>Tasa de conversión esperada</translation>
    </message>
    <message>
        <source>Expected conversion rate (slider)</source>
        <translation>Tasa de conversión esperada (control deslizante)</translation>
    </message>
    <message>
        <source>Delivery rate from history</source>
        <translation>Tasa de entrega del historial</translation>
    </message>
    <message>
        <source>Delivery rate</source>
        <translation>Tasa de entrega</translation>
    </message>
    <message>
        <source>Price per message part</source>
        <translation>Precio por parte del mensaje</translation>
    </message>
    <message>
        <source>Message parts per message</source>
        <translation>Partes por mensaje</translation>
    </message>
    <message>
        <source>Revenue per conversion from history</source>
        <translation>Ingreso por conversión del historial</translation>
    </message>
    <message>
        <source>Revenue per conversion</source>
        <translation>Ingreso por conversión</translation>
    </message>
    <message>
        <source>Your next send</source>
        <translation>Su próximo envío</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Tasa de conversión</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <source>message parts</source>
        <translation>partes</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Pronóstico</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversiones</translation>
    </message>
    <message>
        <source>Likely (80% range)</source>
        <translation>Probable (80 %)</translation>
    </message>
    <message>
        <source>95% range</source>
        <translation>Rango del 95 %</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Respuestas</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Costo</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Ganancia</translation>
    </message>
    <message>
        <source>Return on cost</source>
        <translation>Retorno</translation>
    </message>
    <message>
        <source>Cost per conversion</source>
        <translation>Costo por conversión</translation>
    </message>
    <message>
        <source>Break-even rate</source>
        <translation>Tasa de equilibrio</translation>
    </message>
    <message>
        <source>Chance of a profit</source>
        <translation>Probabilidad de ganancia</translation>
    </message>
    <message>
        <source>Conversions wanted</source>
        <translation>Conversiones deseadas</translation>
    </message>
    <message>
        <source>How many people for a target?</source>
        <translation>¿Cuántas personas para una meta?</translation>
    </message>
    <message>
        <source>conversions, 90% sure</source>
        <translation>conversiones, con 90 % de certeza</translation>
    </message>
    <message>
        <source>I want</source>
        <translation>Quiero</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Escribir a</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Todas las campañas</translation>
    </message>
    <message>
        <source>Segment: {segment}</source>
        <translation>Segmento: {segment}</translation>
    </message>
    <message numerus="yes">
        <source>Last %n campaign(s)</source>
        <translation>
            <numerusform>Última campaña (%n)</numerusform>
            <numerusform>Últimas %n campañas</numerusform>
        </translation>
    </message>
    <message>
        <source>No history to forecast from: type an expected rate.</source>
        <translation>No hay historial para pronosticar: escriba una tasa esperada.</translation>
    </message>
    <message>
        <source>Forecast rate for this send: {rate}.</source>
        <translation>Tasa pronosticada para este envío: {rate}.</translation>
    </message>
    <message>
        <source>Forecast rate for this send: {rate} (all past recipients pooled: {pooled}).</source>
        <translation>Tasa pronosticada para este envío: {rate} (todos los destinatarios anteriores juntos: {pooled}).</translation>
    </message>
    <message>
        <source>Typed rate: the range shows chance alone, not how much your campaigns vary from one send to the next.</source>
        <translation>Tasa escrita: el rango muestra solo el azar, no cuánto varían sus campañas de un envío a otro.</translation>
    </message>
    <message>
        <source>{count}  (your history has no delivered counts: set the delivery rate)</source>
        <translation>{count}  (su historial no tiene entregas: indique la tasa de entrega)</translation>
    </message>
    <message>
        <source>about {count}</source>
        <translation>unos {count}</translation>
    </message>
    <message>
        <source>not known from history</source>
        <translation>desconocido en el historial</translation>
    </message>
    <message>
        <source>needs revenue per conversion</source>
        <translation>requiere el ingreso por conversión</translation>
    </message>
    <message>
        <source>{amount}  ({low} to {high})</source>
        <translation>{amount}  (de {low} a {high})</translation>
    </message>
    <message>
        <source>{rate} of those delivered</source>
        <translation>{rate} de los entregados</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s): about {conversions} conversions (likely {low80}–{high80}; 95%: {low95}–{high95}), costing {cost}, bringing {revenue_low} to {revenue_high}; pays off with {chance} probability.</source>
        <translation>
            <numerusform>%Ln persona: unas {conversions} conversiones (probable {low80}–{high80}; 95 %: {low95}–{high95}), con un costo de {cost}, que traen de {revenue_low} a {revenue_high}; rentable con una probabilidad de {chance}.</numerusform>
            <numerusform>%Ln personas: unas {conversions} conversiones (probable {low80}–{high80}; 95 %: {low95}–{high95}), con un costo de {cost}, que traen de {revenue_low} a {revenue_high}; rentable con una probabilidad de {chance}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s): about {conversions} conversions (likely {low80}–{high80}; 95%: {low95}–{high95}), costing {cost}.</source>
        <translation>
            <numerusform>%Ln persona: unas {conversions} conversiones (probable {low80}–{high80}; 95 %: {low95}–{high95}), con un costo de {cost}.</numerusform>
            <numerusform>%Ln personas: unas {conversions} conversiones (probable {low80}–{high80}; 95 %: {low95}–{high95}), con un costo de {cost}.</numerusform>
        </translation>
    </message>
    <message>
        <source>not reachable: the rate could be close to zero</source>
        <translation>inalcanzable: la tasa podría ser casi cero</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln person(s)</source>
        <translation>
            <numerusform>unas %Ln persona</numerusform>
            <numerusform>unas %Ln personas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhatIfWords</name>
    <message>
        <source>over {percent}</source>
        <translation>más del {percent}</translation>
    </message>
    <message>
        <source>under {percent}</source>
        <translation>menos del {percent}</translation>
    </message>
</context>
</TS>
