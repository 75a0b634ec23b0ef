<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
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
        <translation>Von Ihnen gesichert</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Vor einem Import</translation>
    </message>
    <message>
        <source>Before undoing an import</source>
        <translation>Vor dem Rückgängigmachen eines Imports</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Vor einem Update</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
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
        <translation>Sicherung {backup} wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Restored the backup from {backup}. Your previous file was kept as {kept}.</source>
        <translation>Sicherung {backup} wiederhergestellt. Ihre bisherige Datei wurde als {kept} aufbewahrt.</translation>
    </message>
    <message>
        <source>Restored the backup from {backup}.</source>
        <translation>Sicherung {backup} wiederhergestellt.</translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation>Die Sicherung wurde nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>Export campaigns</source>
        <translation>Kampagnen exportieren</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV-Datei (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln campaign(s) to {path}.</source>
        <translation>
            <numerusform>%Ln Kampagne nach {path} exportiert.</numerusform>
            <numerusform>%Ln Kampagnen nach {path} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export shown campaigns…</source>
        <translation>Angezeigte Kampagnen exportieren…</translation>
    </message>
    <message>
        <source>Export all campaigns…</source>
        <translation>Alle Kampagnen exportieren…</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>Sicherungen…</translation>
    </message>
    <message>
        <source>Your newest good backup can take its place. The damaged file is kept beside it, renamed; nothing is deleted.</source>
        <translation>Ihre neueste intakte Sicherung kann an seine Stelle treten. Die beschädigte Datei bleibt umbenannt daneben liegen; nichts wird gelöscht.</translation>
    </message>
    <message>
        <source>Your newest good backup made on {date} at {time} can take its place. The damaged file is kept beside it, renamed; nothing is deleted.</source>
        <translation>Ihre neueste intakte Sicherung vom {date} um {time} kann an seine Stelle treten. Die beschädigte Datei bleibt umbenannt daneben liegen; nichts wird gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>Your newest good backup made on {date} at {time} with %Ln campaign(s) can take its place. The damaged file is kept beside it, renamed; nothing is deleted.</source>
        <translation>
            <numerusform>Ihre neueste intakte Sicherung vom {date} um {time} mit %Ln Kampagne kann an seine Stelle treten. Die beschädigte Datei bleibt umbenannt daneben liegen; nichts wird gelöscht.</numerusform>
            <numerusform>Ihre neueste intakte Sicherung vom {date} um {time} mit %Ln Kampagnen kann an seine Stelle treten. Die beschädigte Datei bleibt umbenannt daneben liegen; nichts wird gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The campaign file cannot be used</source>
        <translation>Die Kampagnendatei ist nicht nutzbar</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Neueste Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>No good backup of it was found. The file is left as it is; open another file or start a new one.</source>
        <translation>Es wurde keine intakte Sicherung gefunden. Die Datei bleibt, wie sie ist; öffnen Sie eine andere Datei oder beginnen Sie eine neue.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Restoring your newest backup…</source>
        <translation>Ihre neueste Sicherung wird wiederhergestellt…</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Backups of {file} are kept in {folder}: the last 10, one a day for a week and one a month for a year. Restoring keeps your current file too.</source>
        <translation>Sicherungen von {file} liegen in {folder}: die letzten 10, eine pro Tag für eine Woche und eine pro Monat für ein Jahr. Beim Wiederherstellen bleibt Ihre aktuelle Datei ebenfalls erhalten.</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation>Gesichert nach {path}.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message numerus="yes">
        <source>Replace your campaigns with the backup made on {date} at {time} (%Ln campaign(s))?

A copy of your current file is kept beside it, named with “set-aside” and the time; nothing is deleted.</source>
        <translation>
            <numerusform>Ihre Kampagnen durch die Sicherung vom {date} um {time} ersetzen (%Ln Kampagne)?

Eine Kopie Ihrer aktuellen Datei bleibt daneben liegen, benannt mit „set-aside“ und der Uhrzeit; nichts wird gelöscht.</numerusform>
            <numerusform>Ihre Kampagnen durch die Sicherung vom {date} um {time} ersetzen (%Ln Kampagnen)?

Eine Kopie Ihrer aktuellen Datei bleibt daneben liegen, benannt mit „set-aside“ und der Uhrzeit; nichts wird gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <source>The details were saved to {path}. Please send that file with your report.</source>
        <translation>Die Einzelheiten wurden in {path} gespeichert. Bitte senden Sie diese Datei mit Ihrer Meldung.</translation>
    </message>
    <message>
        <source>The details could not be saved to the log file.</source>
        <translation>Die Einzelheiten konnten nicht in der Protokolldatei gespeichert werden.</translation>
    </message>
    <message>
        <source>Something went wrong that {app} did not expect ({kind}). Your saved campaigns are not affected.</source>
        <translation>Etwas Unerwartetes ist in {app} passiert ({kind}). Ihre gespeicherten Kampagnen sind nicht betroffen.</translation>
    </message>
    <message>
        <source>{file}: stopped; nothing was written.</source>
        <translation>{file}: abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Stopped; nothing was written.</source>
        <translation>Abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>The disk is full, so {app} could not save. Nothing was changed: free some space (or choose another drive) and try again.</source>
        <translation>Die Festplatte ist voll, daher konnte {app} nicht speichern. Nichts wurde geändert: Schaffen Sie Platz (oder wählen Sie ein anderes Laufwerk) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The campaign file is busy: another copy of {app} (or the smsplanner command) is saving to it. Nothing was changed; try again in a moment.</source>
        <translation>Die Kampagnendatei ist belegt: Eine andere Kopie von {app} (oder der Befehl smsplanner) speichert gerade darin. Nichts wurde geändert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>{app} can only read this campaign file. Your change was not saved. Copy the file somewhere you can write to, or open another file.</source>
        <translation>{app} kann diese Kampagnendatei nur lesen. Ihre Änderung wurde nicht gespeichert. Kopieren Sie die Datei an einen Ort, an dem Sie schreiben dürfen, oder öffnen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>A file that comes with {app} is missing. Please download and unzip the app again.</source>
        <translation>Eine Datei, die zu {app} gehört, fehlt. Bitte laden Sie die App erneut herunter und entpacken Sie sie.</translation>
    </message>
    <message>
        <source>{path} is not an SMS Planner campaign file (it is not a SQLite database), so SMS Planner will not change it.</source>
        <translation>{path} ist keine Kampagnendatei von SMS Planner (keine SQLite-Datenbank), daher ändert SMS Planner sie nicht.</translation>
    </message>
    <message>
        <source>The campaign file {path} is empty (0 bytes), so SMS Planner will not start it as a new file.</source>
        <translation>Die Kampagnendatei {path} ist leer (0 Byte), daher beginnt SMS Planner sie nicht als neue Datei.</translation>
    </message>
    <message>
        <source>The campaign file {path} is damaged, so SMS Planner will not change it.</source>
        <translation>Die Kampagnendatei {path} ist beschädigt, daher ändert SMS Planner sie nicht.</translation>
    </message>
    <message>
        <source>No good backup of it was found. Keep the file as it is and open another file, or start a new one.</source>
        <translation>Es wurde keine intakte Sicherung gefunden. Lassen Sie die Datei, wie sie ist, und öffnen Sie eine andere Datei oder beginnen Sie eine neue.</translation>
    </message>
    <message>
        <source>Your newest good backup is {backup}: restore it with File &gt; Backups.</source>
        <translation>Ihre neueste intakte Sicherung ist {backup}: Stellen Sie sie mit Datei &gt; Sicherungen wieder her.</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
</context>
<context>
    <name>FormatWords</name>
    <message>
        <source>a count it needs is not known, or nobody received it</source>
        <translation>eine benötigte Zahl ist unbekannt, oder niemand hat die Nachricht erhalten</translation>
    </message>
    <message>
        <source>{label}: unknown ({reason})</source>
        <translation>{label}: unbekannt ({reason})</translation>
    </message>
    <message>
        <source>{part} of {whole} delivered</source>
        <translation>{part} von {whole} zugestellt</translation>
    </message>
    <message>
        <source>{part} of {whole} sent</source>
        <translation>{part} von {whole} gesendet</translation>
    </message>
    <message>
        <source>{part} of {whole} delivered or sent</source>
        <translation>{part} von {whole} zugestellt oder gesendet</translation>
    </message>
    <message>
        <source>{part} of {whole}</source>
        <translation>{part} von {whole}</translation>
    </message>
    <message>
        <source>{label}: {rate}</source>
        <translation>{label}: {rate}</translation>
    </message>
    <message>
        <source>{level} interval: {interval}</source>
        <translation>{level}-Intervall: {interval}</translation>
    </message>
</context>
<context>
    <name>FrameWords</name>
    <message>
        <source>Database file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>Campaigns shown</source>
        <translation>Angezeigte Kampagnen</translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation>Noch keine Kampagnen</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln campaign(s) shown</source>
        <translation>
            <numerusform>{shown} von %Ln Kampagne angezeigt</numerusform>
            <numerusform>{shown} von %Ln Kampagnen angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Database file: {path}</source>
        <translation>Datenbankdatei: {path}</translation>
    </message>
    <message>
        <source>Quit {app}?</source>
        <translation>{app} beenden?</translation>
    </message>
    <message>
        <source>{app} is still working (for example on an import). Stop the work and quit? Work that is stopped leaves your saved campaigns as they were.</source>
        <translation>{app} arbeitet noch (zum Beispiel an einem Import). Die Arbeit abbrechen und beenden? Abgebrochene Arbeit lässt Ihre gespeicherten Kampagnen, wie sie waren.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>{app} guide</source>
        <translation>{app} – Anleitung</translation>
    </message>
    <message>
        <source>Search the guide, e.g. conversion rate</source>
        <translation>Suchen, z. B. Konversionsrate</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Anleitung durchsuchen</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) found</source>
        <translation>
            <numerusform>%n Seite gefunden</numerusform>
            <numerusform>%n Seiten gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found: try another word.</source>
        <translation>Nichts gefunden: Versuchen Sie ein anderes Wort.</translation>
    </message>
</context>
<context>
    <name>GuideWords</name>
    <message>
        <source>What is this?</source>
        <translation>Was ist das?</translation>
    </message>
    <message>
        <source>Open the guide at this explanation</source>
        <translation>Die Anleitung bei dieser Erklärung öffnen</translation>
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
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>Added “{name}”. It is hidden by the current filters.</source>
        <translation>„{name}“ hinzugefügt. Die aktuellen Filter blenden sie aus.</translation>
    </message>
    <message>
        <source>Added “{name}”.</source>
        <translation>„{name}“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>„{name}“ gespeichert.</translation>
    </message>
    <message>
        <source>Deleted “{name}”. Undo with Ctrl+Z.</source>
        <translation>„{name}“ gelöscht. Rückgängig mit Strg+Z.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n campaign(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n Kampagne gelöscht. Rückgängig mit Strg+Z.</numerusform>
            <numerusform>%n Kampagnen gelöscht. Rückgängig mit Strg+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s) with headers.</source>
        <translation>
            <numerusform>%n Zeile mit Überschriften kopiert.</numerusform>
            <numerusform>%n Zeilen mit Überschriften kopiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n sample campaign(s).</source>
        <translation>
            <numerusform>%n Beispielkampagne hinzugefügt.</numerusform>
            <numerusform>%n Beispielkampagnen hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sample campaigns are already here.</source>
        <translation>Die Beispielkampagnen sind schon da.</translation>
    </message>
    <message>
        <source>There are no sample campaigns in this file.</source>
        <translation>In dieser Datei gibt es keine Beispielkampagnen.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n sample campaign(s); your own campaigns are untouched. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n Beispielkampagne entfernt; Ihre eigenen Kampagnen bleiben unberührt. Rückgängig mit Strg+Z.</numerusform>
            <numerusform>%n Beispielkampagnen entfernt; Ihre eigenen Kampagnen bleiben unberührt. Rückgängig mit Strg+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove sample data</source>
        <translation>Beispieldaten entfernen</translation>
    </message>
    <message>
        <source>Opened {path}.</source>
        <translation>{path} geöffnet.</translation>
    </message>
</context>
<context>
    <name>MarkWords</name>
    <message>
        <source>Added by the last import</source>
        <translation>Beim letzten Import hinzugekommen</translation>
    </message>
    <message>
        <source>Changed by the last import</source>
        <translation>Beim letzten Import geändert</translation>
    </message>
</context>
<context>
    <name>MenuWords</name>
    <message>
        <source>&amp;Import results…</source>
        <translation>Ergebnisse &amp;importieren…</translation>
    </message>
    <message>
        <source>Read campaign results from a CSV or Excel file</source>
        <translation>Kampagnenergebnisse aus einer CSV- oder Excel-Datei lesen</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;Neue Kampagne…</translation>
    </message>
    <message>
        <source>Type in the figures of a campaign</source>
        <translation>Die Zahlen einer Kampagne eintippen</translation>
    </message>
    <message>
        <source>Load &amp;sample data</source>
        <translation>Beispieldaten &amp;laden</translation>
    </message>
    <message>
        <source>Add 48 made-up campaigns to explore the app</source>
        <translation>48 erfundene Kampagnen hinzufügen, um die App zu erkunden</translation>
    </message>
    <message>
        <source>&amp;Remove sample data</source>
        <translation>Beispieldaten en&amp;tfernen</translation>
    </message>
    <message>
        <source>Take out exactly the made-up sample campaigns; your own stay (you can undo)</source>
        <translation>Entfernt genau die erfundenen Beispielkampagnen; Ihre eigenen bleiben (rückgängig möglich)</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>Bericht &amp;drucken…</translation>
    </message>
    <message>
        <source>A one- or two-page summary of a month or range of days, on paper</source>
        <translation>Eine Zusammenfassung eines Monats oder Zeitraums auf ein bis zwei Seiten, auf Papier</translation>
    </message>
    <message>
        <source>Save report as P&amp;DF…</source>
        <translation>Bericht als PDF s&amp;peichern…</translation>
    </message>
    <message>
        <source>The same summary as a PDF file, to keep or send</source>
        <translation>Dieselbe Zusammenfassung als PDF-Datei, zum Aufheben oder Versenden</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Currency, cost per message, benchmark band and database location</source>
        <translation>Währung, Kosten pro Nachricht, Vergleichsband und Speicherort der Datenbank</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected rows with headers, for a spreadsheet</source>
        <translation>Die ausgewählten Zeilen mit Überschriften kopieren, für eine Tabelle</translation>
    </message>
    <message>
        <source>&amp;Edit campaign…</source>
        <translation>Kampagne &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected campaigns (you can undo)</source>
        <translation>Die ausgewählten Kampagnen löschen (rückgängig möglich)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
    <message>
        <source>&amp;Campaigns</source>
        <translation>&amp;Kampagnen</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Anleitung</translation>
    </message>
    <message>
        <source>The built-in guide, at the page about this screen</source>
        <translation>Die eingebaute Anleitung, auf der Seite zu dieser Ansicht</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>&amp;Über {app}</translation>
    </message>
    <message>
        <source>Where is my &amp;data?</source>
        <translation>Wo sind meine &amp;Daten?</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;p&gt;Plan SMS campaigns from your own results: rates with honest 95% ranges, trends, forecasts and A/B tests.&lt;/p&gt;</source>
        <translation>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;p&gt;SMS-Kampagnen aus Ihren eigenen Ergebnissen planen: Quoten mit ehrlichen 95-%-Bereichen, Trends, Prognosen und A/B-Tests.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Where is my data?</source>
        <translation>Wo sind meine Daten?</translation>
    </message>
    <message>
        <source>Your campaigns are in:
{database}

Problems are logged in:
{log}</source>
        <translation>Ihre Kampagnen liegen in:
{database}

Probleme werden protokolliert in:
{log}</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>S&amp;prache</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>The new language applies the next time you start {app}.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von {app}.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Currency symbol</source>
        <translation>Währungssymbol</translation>
    </message>
    <message>
        <source>Currency symbol position</source>
        <translation>Position des Währungssymbols</translation>
    </message>
    <message>
        <source>Before the amount</source>
        <translation>Vor dem Betrag</translation>
    </message>
    <message>
        <source>After the amount</source>
        <translation>Nach dem Betrag</translation>
    </message>
    <message>
        <source>Default cost per message</source>
        <translation>Standardkosten pro Nachricht</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht festgelegt</translation>
    </message>
    <message>
        <source>Currency &amp;symbol:</source>
        <translation>Währungs&amp;symbol:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>Looks like:</source>
        <translation>Sieht so aus:</translation>
    </message>
    <message>
        <source>Default &amp;cost per message:</source>
        <translation>Standard&amp;kosten pro Nachricht:</translation>
    </message>
    <message>
        <source>Benchmark band on charts</source>
        <translation>Vergleichsband in Diagrammen</translation>
    </message>
    <message>
        <source>Benchmark band low end</source>
        <translation>Untere Grenze des Vergleichsbands</translation>
    </message>
    <message>
        <source>Benchmark band high end</source>
        <translation>Obere Grenze des Vergleichsbands</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>The commonly quoted SMS conversion range is about 2–7%. It is a rough industry figure, not a target: your own history is the better guide.</source>
        <translation>Die oft genannte SMS-Konversionsrate liegt bei etwa 2–7 %. Das ist ein grober Branchenwert, kein Ziel: Ihre eigene Geschichte ist der bessere Maßstab.</translation>
    </message>
    <message>
        <source>The low end must be below the high end.</source>
        <translation>Die untere Grenze muss unter der oberen liegen.</translation>
    </message>
    <message>
        <source>Typical &amp;range:</source>
        <translation>Üblicher &amp;Bereich:</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Database file in use</source>
        <translation>Verwendete Datenbankdatei</translation>
    </message>
    <message>
        <source>&amp;Open another file…</source>
        <translation>Andere Datei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Create a &amp;new file…</source>
        <translation>&amp;Neue Datei anlegen…</translation>
    </message>
    <message>
        <source>Your campaigns are saved in:</source>
        <translation>Ihre Kampagnen werden gespeichert in:</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>Neue Datenbank anlegen</translation>
    </message>
    <message>
        <source>Cost per message</source>
        <translation>Kosten pro Nachricht</translation>
    </message>
    <message>
        <source>Cost per message cannot be negative.</source>
        <translation>Die Kosten pro Nachricht dürfen nicht negativ sein.</translation>
    </message>
</context>
<context>
    <name>PreferencesWords</name>
    <message>
        <source>SMS Planner database (*.sqlite *.db);;All files (*)</source>
        <translation>SMS-Planner-Datenbank (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>StartWords</name>
    <message>
        <source>Today&apos;s backup could not be made: {reason}</source>
        <translation>Die heutige Sicherung war nicht möglich: {reason}</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to {app}</source>
        <translation>Willkommen bei {app}</translation>
    </message>
    <message>
        <source>See how your text-message campaigns really perform: conversion, clicks and replies for every send, with honest ranges, trends over time and what to expect next time.

There are no campaigns here yet. How would you like to start?</source>
        <translation>Sehen Sie, wie Ihre SMS-Kampagnen wirklich abschneiden: Konversion, Klicks und Antworten für jeden Versand, mit ehrlichen Bereichen, Trends über die Zeit und was Sie beim nächsten Mal erwarten können.

Hier gibt es noch keine Kampagnen. Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <source>&amp;Import results…</source>
        <translation>Ergebnisse &amp;importieren…</translation>
    </message>
    <message>
        <source>Read the CSV or Excel file from your SMS provider; you see what was read before anything is saved.</source>
        <translation>Die CSV- oder Excel-Datei Ihres SMS-Anbieters einlesen; Sie sehen, was gelesen wurde, bevor etwas gespeichert wird.</translation>
    </message>
    <message>
        <source>&amp;Add a campaign…</source>
        <translation>Kampagne &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Type in the figures of one campaign yourself: messages sent, clicks, orders and so on.</source>
        <translation>Die Zahlen einer Kampagne selbst eintippen: gesendete Nachrichten, Klicks, Bestellungen und so weiter.</translation>
    </message>
    <message>
        <source>&amp;Explore with sample data</source>
        <translation>Mit &amp;Beispieldaten erkunden</translation>
    </message>
    <message>
        <source>Try every screen on {count} made-up campaigns; File &gt; Remove sample data takes out exactly those when you are done.</source>
        <translation>Probieren Sie jede Ansicht mit {count} erfundenen Kampagnen aus; Datei &gt; Beispieldaten entfernen nimmt genau diese wieder heraus, wenn Sie fertig sind.</translation>
    </message>
</context>
</TS>
