<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>ABChart</name>
    <message>
        <source>A and B conversion rates with their likely ranges</source>
        <translation>Konversionsraten von A und B mit ihren wahrscheinlichen Bereichen</translation>
    </message>
</context>
<context>
    <name>ABWords</name>
    <message>
        <source>If both really converted alike, chance alone would give a gap this big less than once in 1,000.</source>
        <translation>Würden beide wirklich gleich gut konvertieren, ergäbe der Zufall allein einen so großen Abstand seltener als einmal in 1.000 Fällen.</translation>
    </message>
    <message>
        <source>If both really converted alike, chance alone would give a gap this big less than once in 100.</source>
        <translation>Würden beide wirklich gleich gut konvertieren, ergäbe der Zufall allein einen so großen Abstand seltener als einmal in 100 Fällen.</translation>
    </message>
    <message>
        <source>If both really converted alike, chance alone would give a gap this big nearly every time.</source>
        <translation>Würden beide wirklich gleich gut konvertieren, ergäbe der Zufall allein einen so großen Abstand fast jedes Mal.</translation>
    </message>
    <message>
        <source>If both really converted alike, chance alone would give a gap this big about once in 100.</source>
        <translation>Würden beide wirklich gleich gut konvertieren, ergäbe der Zufall allein einen so großen Abstand etwa einmal in 100 Fällen.</translation>
    </message>
    <message>
        <source>If both really converted alike, chance alone would give a gap this big about {times} times in 100.</source>
        <translation>Würden beide wirklich gleich gut konvertieren, ergäbe der Zufall allein einen so großen Abstand etwa {times}-mal in 100 Fällen.</translation>
    </message>
    <message>
        <source>If both really converted alike, chance alone would give a gap this big about once in 10.</source>
        <translation>Würden beide wirklich gleich gut konvertieren, ergäbe der Zufall allein einen so großen Abstand etwa einmal in 10 Fällen.</translation>
    </message>
    <message>
        <source>If both really converted alike, chance alone would give a gap this big about {times} times in 10.</source>
        <translation>Würden beide wirklich gleich gut konvertieren, ergäbe der Zufall allein einen so großen Abstand etwa {times}-mal in 10 Fällen.</translation>
    </message>
    <message>
        <source>{better} converts better than {worse}; a difference this size is unlikely to be chance.</source>
        <translation>{better} konvertiert besser als {worse}; ein so großer Unterschied ist kaum Zufall.</translation>
    </message>
    <message>
        <source>Both converted at the same rate: there is no difference to settle.</source>
        <translation>Beide haben gleich gut konvertiert: Es gibt keinen Unterschied zu klären.</translation>
    </message>
    <message>
        <source>Not enough data to tell: these campaigns vary so much from one send to the next that more campaigns, not just more recipients, would be needed to settle a difference this size.</source>
        <translation>Zu wenige Daten für ein Urteil: Diese Kampagnen schwanken von Versand zu Versand so stark, dass es mehr Kampagnen bräuchte, nicht nur mehr Empfänger, um einen so großen Unterschied zu klären.</translation>
    </message>
    <message numerus="yes">
        <source>Not enough data to tell: about %Ln more recipient(s) per message would settle a difference this size.</source>
        <translation>
            <numerusform>Zu wenige Daten für ein Urteil: Etwa %Ln weiterer Empfänger pro Nachricht würde einen so großen Unterschied klären.</numerusform>
            <numerusform>Zu wenige Daten für ein Urteil: Etwa %Ln weitere Empfänger pro Nachricht würden einen so großen Unterschied klären.</numerusform>
        </translation>
    </message>
    <message>
        <source>No clear winner: the difference is small enough to be chance, even with this many recipients.</source>
        <translation>Kein klarer Gewinner: Der Unterschied ist klein genug, um Zufall zu sein, selbst bei so vielen Empfängern.</translation>
    </message>
    <message>
        <source>{letter} ({name})</source>
        <translation>{letter} ({name})</translation>
    </message>
    <message>
        <source>random-effects comparison of campaign rates (campaign-to-campaign variance by restricted likelihood with a weak prior; Hartung-Knapp t test), t on {df} df</source>
        <translation>Random-Effects-Vergleich der Kampagnenraten (Varianz zwischen Kampagnen per Restricted-Likelihood mit schwachem Prior; Hartung-Knapp-t-Test), t mit {df} FG</translation>
    </message>
    <message>
        <source>t interval of the difference in campaign-weighted rates</source>
        <translation>t-Intervall der Differenz der kampagnengewichteten Raten</translation>
    </message>
    <message>
        <source>Fisher&apos;s exact test</source>
        <translation>exakter Test nach Fisher</translation>
    </message>
    <message>
        <source>two-proportion z-test</source>
        <translation>z-Test für zwei Anteile</translation>
    </message>
    <message>
        <source>Newcombe hybrid score interval</source>
        <translation>hybrides Score-Intervall nach Newcombe</translation>
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
    <name>BreakdownPlot</name>
    <message>
        <source>Breakdown chart</source>
        <translation>Aufschlüsselungsdiagramm</translation>
    </message>
    <message>
        <source>all {rate}</source>
        <translation>alle {rate}</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Previous month</source>
        <translation>Voriger Monat</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Nächster Monat</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Plan a send…</source>
        <translation>Versand planen…</translation>
    </message>
    <message>
        <source>Sent: green above your usual conversion range, grey within it, orange below.  Planned: dashed blue, with the 80% range of orders.  ⚠ has a warning.</source>
        <translation>Gesendet: grün über Ihrem üblichen Konversionsbereich, grau darin, orange darunter.  Geplant: blau gestrichelt, mit dem 80-%-Bereich der Bestellungen.  ⚠ hat eine Warnung.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>Export calendar (.ics)…</source>
        <translation>Kalender exportieren (.ics)…</translation>
    </message>
    <message>
        <source>Save your planned sends as calendar events, with reminders</source>
        <translation>Ihre geplanten Versände als Kalendertermine mit Erinnerung speichern</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; send(s) ({planned} planned)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; Versand ({planned} geplant)</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; Versände ({planned} geplant)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; send(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; Versand</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; Versände</numerusform>
        </translation>
    </message>
    <message>
        <source>cost &lt;b&gt;{cost}&lt;/b&gt;</source>
        <translation>Kosten &lt;b&gt;{cost}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>cost &lt;b&gt;{cost}&lt;/b&gt; of your {budget} budget (&lt;span style=&apos;color:#b3261e&apos;&gt;{over} over&lt;/span&gt;)</source>
        <translation>Kosten &lt;b&gt;{cost}&lt;/b&gt; von Ihrem Budget {budget} (&lt;span style=&apos;color:#b3261e&apos;&gt;{over} darüber&lt;/span&gt;)</translation>
    </message>
    <message>
        <source>cost &lt;b&gt;{cost}&lt;/b&gt; of your {budget} budget ({left} left)</source>
        <translation>Kosten &lt;b&gt;{cost}&lt;/b&gt; von Ihrem Budget {budget} ({left} übrig)</translation>
    </message>
    <message>
        <source>planned sends: about {orders} orders ({low}-{high})</source>
        <translation>geplante Versände: etwa {orders} Bestellungen ({low}-{high})</translation>
    </message>
    <message>
        <source>revenue {low} to {high}</source>
        <translation>Umsatz {low} bis {high}</translation>
    </message>
    <message>
        <source>Planned “{name}” for {day}.</source>
        <translation>„{name}“ für {day} geplant.</translation>
    </message>
    <message>
        <source>Saved the plan “{name}”; its new forecast is kept.</source>
        <translation>Plan „{name}“ gespeichert; seine neue Prognose wird aufbewahrt.</translation>
    </message>
    <message>
        <source>Moved “{name}” to {day}. Undo with Ctrl+Z.</source>
        <translation>„{name}“ auf {day} verschoben. Rückgängig mit Strg+Z.</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Kalender exportieren</translation>
    </message>
    <message>
        <source>SMS plans.ics</source>
        <translation>SMS-Pläne.ics</translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation>Kalenderdatei (*.ics)</translation>
    </message>
    <message>
        <source>The calendar could not be saved to {path} ({reason}).</source>
        <translation>Der Kalender konnte nicht unter {path} gespeichert werden ({reason}).</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n planned send(s) to {file}. Open it in your calendar app; exporting again updates the same events.</source>
        <translation>
            <numerusform>%n geplanter Versand in {file} gespeichert. Öffnen Sie die Datei in Ihrer Kalender-App; ein erneuter Export aktualisiert dieselben Termine.</numerusform>
            <numerusform>%n geplante Versände in {file} gespeichert. Öffnen Sie die Datei in Ihrer Kalender-App; ein erneuter Export aktualisiert dieselben Termine.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>Edit campaign</source>
        <translation>Kampagne bearbeiten</translation>
    </message>
    <message>
        <source>Add a campaign</source>
        <translation>Kampagne hinzufügen</translation>
    </message>
    <message>
        <source>The send</source>
        <translation>Der Versand</translation>
    </message>
    <message>
        <source>e.g. Spring sale reminder</source>
        <translation>z. B. Erinnerung Frühjahrsverkauf</translation>
    </message>
    <message>
        <source>HH:MM, e.g. 09:30 (optional)</source>
        <translation>HH:MM, z. B. 09:30 (optional)</translation>
    </message>
    <message>
        <source>Who it went to</source>
        <translation>An wen es ging</translation>
    </message>
    <message>
        <source>e.g. 20% off, free delivery</source>
        <translation>z. B. 20 % Rabatt, Gratisversand</translation>
    </message>
    <message>
        <source>Results (leave empty what you do not know)</source>
        <translation>Ergebnisse (Unbekanntes leer lassen)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Rates of this campaign</source>
        <translation>Raten dieser Kampagne</translation>
    </message>
    <message>
        <source>Rates:</source>
        <translation>Raten:</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Add campaign</source>
        <translation>Kampagne hinzufügen</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field}:</translation>
    </message>
    <message>
        <source>Enter how many messages were sent (or delivered) and how many people converted, and the rates appear here.</source>
        <translation>Geben Sie ein, wie viele Nachrichten gesendet (oder zugestellt) wurden und wie viele Personen konvertiert haben – dann erscheinen hier die Raten.</translation>
    </message>
    <message>
        <source>Correct the figures marked above to see the rates.</source>
        <translation>Korrigieren Sie die oben markierten Zahlen, um die Raten zu sehen.</translation>
    </message>
    <message>
        <source>Fill in the counts to see rates.</source>
        <translation>Tragen Sie die Zahlen ein, um Raten zu sehen.</translation>
    </message>
    <message>
        <source>{rate}: {percent} ({part} of {whole} delivered)</source>
        <translation>{rate}: {percent} ({part} von {whole} zugestellten)</translation>
    </message>
    <message>
        <source>{rate}: {percent} ({part} of {whole} sent)</source>
        <translation>{rate}: {percent} ({part} von {whole} gesendeten)</translation>
    </message>
    <message>
        <source>{rate}: {percent} ({part} of {whole})</source>
        <translation>{rate}: {percent} ({part} von {whole})</translation>
    </message>
    <message>
        <source>Cost not filled in: at your default price per message it would be about {amount}.</source>
        <translation>Kosten nicht eingetragen: zu Ihrem Standardpreis pro Nachricht wären es etwa {amount}.</translation>
    </message>
</context>
<context>
    <name>CampaignFormWords</name>
    <message>
        <source>{field} must be a whole number like 1200 (leave it empty if not known).</source>
        <translation>{field} muss eine ganze Zahl wie 1200 sein (leer lassen, wenn unbekannt).</translation>
    </message>
    <message>
        <source>{field} must be an amount like 125.50 (leave it empty if not known).</source>
        <translation>{field} muss ein Betrag wie 125,50 sein (leer lassen, wenn unbekannt).</translation>
    </message>
</context>
<context>
    <name>CampaignProblemWords</name>
    <message>
        <source>{field} ({value}) cannot be more than the people who received the message ({recipients} delivered).</source>
        <translation>{field} ({value}) kann nicht mehr sein als die Personen, die die Nachricht erhalten haben ({recipients} zugestellt).</translation>
    </message>
    <message>
        <source>{field} ({value}) cannot be more than the people who received the message ({recipients} sent).</source>
        <translation>{field} ({value}) kann nicht mehr sein als die Personen, die die Nachricht erhalten haben ({recipients} gesendet).</translation>
    </message>
    <message>
        <source>Name is missing: give the campaign a name.</source>
        <translation>Der Name fehlt: Geben Sie der Kampagne einen Namen.</translation>
    </message>
    <message>
        <source>Date is missing: when was it sent?</source>
        <translation>Das Datum fehlt: Wann wurde sie gesendet?</translation>
    </message>
    <message>
        <source>Send time &apos;{value}&apos; is not a time like 09:30 (24-hour HH:MM).</source>
        <translation>Die Sendezeit „{value}“ ist keine Uhrzeit wie 09:30 (24 Stunden, HH:MM).</translation>
    </message>
    <message>
        <source>Status &apos;{value}&apos; is not planned or sent.</source>
        <translation>Der Status „{value}“ ist weder geplant noch gesendet.</translation>
    </message>
    <message>
        <source>Planned audience must be a whole number of people, 0 or more.</source>
        <translation>Die geplante Zielgruppe muss eine ganze Zahl von Personen sein, 0 oder mehr.</translation>
    </message>
    <message>
        <source>Channel is missing (usually &apos;sms&apos;).</source>
        <translation>Der Kanal fehlt (meist „sms“).</translation>
    </message>
    <message>
        <source>{field} is {length} characters long; SMS Planner keeps at most {most}.</source>
        <translation>{field} ist {length} Zeichen lang; SMS Planner speichert höchstens {most}.</translation>
    </message>
    <message>
        <source>{field} must be a whole number, not {value}.</source>
        <translation>{field} muss eine ganze Zahl sein, nicht {value}.</translation>
    </message>
    <message>
        <source>{field} cannot be negative ({value}).</source>
        <translation>{field} darf nicht negativ sein ({value}).</translation>
    </message>
    <message>
        <source>{field} ({value}) is more than SMS Planner takes ({most}).</source>
        <translation>{field} ({value}) ist mehr, als SMS Planner annimmt ({most}).</translation>
    </message>
    <message>
        <source>{field} must be an amount of money.</source>
        <translation>{field} muss ein Geldbetrag sein.</translation>
    </message>
    <message>
        <source>Delivered ({delivered}) cannot be more than sent ({sent}).</source>
        <translation>Zugestellt ({delivered}) kann nicht mehr sein als gesendet ({sent}).</translation>
    </message>
    <message>
        <source>A campaign named &apos;{name}&apos; on {date} ({channel}) already exists: change the name or date, or edit the existing one.</source>
        <translation>Eine Kampagne „{name}“ am {date} ({channel}) gibt es schon: Ändern Sie Name oder Datum oder bearbeiten Sie die vorhandene.</translation>
    </message>
</context>
<context>
    <name>CampaignTable</name>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Totals of the campaigns shown</source>
        <translation>Summen der angezeigten Kampagnen</translation>
    </message>
</context>
<context>
    <name>CampaignTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Konversionsrate</translation>
    </message>
    <message>
        <source>Click-through</source>
        <translation>Klickrate</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antworten (%)</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Abmeldungen</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Konversionen</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>The day the message was sent</source>
        <translation>Der Tag, an dem die Nachricht gesendet wurde</translation>
    </message>
    <message>
        <source>Local send time (HH:MM)</source>
        <translation>Lokale Sendezeit (HH:MM)</translation>
    </message>
    <message>
        <source>Who the message went to</source>
        <translation>An wen die Nachricht ging</translation>
    </message>
    <message>
        <source>The incentive in the message</source>
        <translation>Der Anreiz in der Nachricht</translation>
    </message>
    <message>
        <source>Planned: a send still to come (no results yet); sent: results known</source>
        <translation>Geplant: ein kommender Versand (noch keine Ergebnisse); gesendet: Ergebnisse bekannt</translation>
    </message>
    <message>
        <source>Conversion rate = conversions ÷ recipients (delivered when known, else sent)</source>
        <translation>Konversionsrate = Konversionen ÷ Empfänger (zugestellt, wenn bekannt, sonst gesendet)</translation>
    </message>
    <message>
        <source>Click-through rate = clicks ÷ recipients (delivered when known, else sent)</source>
        <translation>Klickrate = Klicks ÷ Empfänger (zugestellt, wenn bekannt, sonst gesendet)</translation>
    </message>
    <message>
        <source>Response rate = replies ÷ recipients (delivered when known, else sent)</source>
        <translation>Antwortrate = Antworten ÷ Empfänger (zugestellt, wenn bekannt, sonst gesendet)</translation>
    </message>
    <message>
        <source>Delivery rate = delivered ÷ sent</source>
        <translation>Zustellrate = zugestellt ÷ gesendet</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>{column}: not known</source>
        <translation>{column}: unbekannt</translation>
    </message>
</context>
<context>
    <name>CampaignUndoWords</name>
    <message>
        <source>Add “{name}”</source>
        <translation>„{name}“ hinzufügen</translation>
    </message>
    <message>
        <source>Edit “{name}”</source>
        <translation>„{name}“ bearbeiten</translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>„{name}“ löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n campaign(s)</source>
        <translation>
            <numerusform>%n Kampagne löschen</numerusform>
            <numerusform>%n Kampagnen löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignsWorkspace</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Spalten wählen</translation>
    </message>
    <message>
        <source>Choose which columns the table shows</source>
        <translation>Wählen Sie, welche Spalten die Tabelle zeigt</translation>
    </message>
</context>
<context>
    <name>ChipWords</name>
    <message>
        <source>Conversion rate above your usual range.</source>
        <translation>Konversionsrate über Ihrem üblichen Bereich.</translation>
    </message>
    <message>
        <source>Conversion rate within your usual range.</source>
        <translation>Konversionsrate in Ihrem üblichen Bereich.</translation>
    </message>
    <message>
        <source>Conversion rate below your usual range.</source>
        <translation>Konversionsrate unter Ihrem üblichen Bereich.</translation>
    </message>
    <message>
        <source>about {orders} orders, {low}–{high}</source>
        <translation>etwa {orders} Bestellungen, {low}–{high}</translation>
    </message>
    <message>
        <source>no forecast yet</source>
        <translation>noch keine Prognose</translation>
    </message>
    <message>
        <source>Planned: {name}</source>
        <translation>Geplant: {name}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) in {segment}</source>
        <translation>
            <numerusform>%Ln Person in {segment}</numerusform>
            <numerusform>%Ln Personen in {segment}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
    <message>
        <source>Forecast {summary} (80% range), 95% range {low}–{high}.</source>
        <translation>Prognose {summary} (80-%-Bereich), 95-%-Bereich {low}–{high}.</translation>
    </message>
    <message numerus="yes">
        <source>Based on %n past campaign(s) to {segment}.</source>
        <translation>
            <numerusform>Beruht auf %n früheren Kampagne an {segment}.</numerusform>
            <numerusform>Beruht auf %n früheren Kampagnen an {segment}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Based on %n past campaign(s).</source>
        <translation>
            <numerusform>Beruht auf %n früheren Kampagne.</numerusform>
            <numerusform>Beruht auf %n früheren Kampagnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag to another day to move it; double-click to open.</source>
        <translation>Zum Verschieben auf einen anderen Tag ziehen; Doppelklick zum Öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s), {rate}</source>
        <translation>
            <numerusform>%Ln Bestellung, {rate}</numerusform>
            <numerusform>%Ln Bestellungen, {rate}</numerusform>
        </translation>
    </message>
    <message>
        <source>results incomplete</source>
        <translation>Ergebnisse unvollständig</translation>
    </message>
    <message>
        <source>Sent: {name}</source>
        <translation>Gesendet: {name}</translation>
    </message>
    <message>
        <source>Double-click to open.</source>
        <translation>Doppelklick zum Öffnen.</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Did B really beat A?</source>
        <translation>Hat B A wirklich geschlagen?</translation>
    </message>
    <message>
        <source>Two campaigns</source>
        <translation>Zwei Kampagnen</translation>
    </message>
    <message>
        <source>Two segments</source>
        <translation>Zwei Segmente</translation>
    </message>
    <message>
        <source>Two offers</source>
        <translation>Zwei Angebote</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Side {letter}</source>
        <translation>Seite {letter}</translation>
    </message>
    <message>
        <source>A converted</source>
        <translation>A konvertierte</translation>
    </message>
    <message>
        <source>B converted</source>
        <translation>B konvertierte</translation>
    </message>
    <message>
        <source>Could it be chance?</source>
        <translation>Könnte es Zufall sein?</translation>
    </message>
    <message>
        <source>Chance B is truly better</source>
        <translation>Chance, dass B besser ist</translation>
    </message>
    <message>
        <source>How to read an A/B result</source>
        <translation>So lesen Sie ein A/B-Ergebnis</translation>
    </message>
    <message>
        <source>Pick two different campaigns or groups with conversions recorded.</source>
        <translation>Wählen Sie zwei verschiedene Kampagnen oder Gruppen mit erfassten Konversionen.</translation>
    </message>
    <message>
        <source>{rate}  ({conversions} of {recipients}; 95% interval {low} – {high})</source>
        <translation>{rate}  ({conversions} von {recipients}; 95-%-Intervall {low} – {high})</translation>
    </message>
    <message numerus="yes">
        <source>{rate} for a typical campaign  (95% interval {low} – {high}; %n campaign(s))</source>
        <translation>
            <numerusform>{rate} für eine typische Kampagne  (95-%-Intervall {low} – {high}; %n Kampagne)</numerusform>
            <numerusform>{rate} für eine typische Kampagne  (95-%-Intervall {low} – {high}; %n Kampagnen)</numerusform>
        </translation>
    </message>
    <message>
        <source>The typical campaign&apos;s rate: campaign rates averaged, each weighted by how much it can be trusted. All {recipients} recipients pooled: {pooled} ({conversions} conversions).</source>
        <translation>Die Rate einer typischen Kampagne: der Mittelwert der Kampagnenraten, jede gewichtet danach, wie verlässlich sie ist. Alle {recipients} Empfänger zusammen: {pooled} ({conversions} Konversionen).</translation>
    </message>
    <message>
        <source>{difference} points  (95% interval {low} to {high})</source>
        <translation>{difference} Punkte  (95-%-Intervall {low} bis {high})</translation>
    </message>
    <message>
        <source>Percentage points; interval: {method}.</source>
        <translation>Prozentpunkte; Intervall: {method}.</translation>
    </message>
    <message>
        <source>{p} ({test}, two-sided)</source>
        <translation>{p} ({test}, zweiseitig)</translation>
    </message>
    <message>
        <source>From Beta posteriors of the two rates (uniform prior).</source>
        <translation>Aus den Beta-Posterioris der beiden Raten (gleichförmiger Prior).</translation>
    </message>
    <message>
        <source>From the same t distribution as the test (one side of it).</source>
        <translation>Aus derselben t-Verteilung wie der Test (eine Seite davon).</translation>
    </message>
    <message>
        <source>Groups are compared campaign by campaign, allowing for how much their campaigns vary (hover over “Could it be chance?” for the method); other differences between the sends (day, list) are not controlled for.</source>
        <translation>Gruppen werden Kampagne für Kampagne verglichen, unter Berücksichtigung, wie stark ihre Kampagnen schwanken (Methode: Maus über „Könnte es Zufall sein?“ halten); andere Unterschiede zwischen den Versänden (Tag, Liste) werden nicht berücksichtigt.</translation>
    </message>
</context>
<context>
    <name>ConversionChart</name>
    <message>
        <source>Conversions</source>
        <translation>Konversionen</translation>
    </message>
    <message>
        <source>95% range</source>
        <translation>95-%-Bereich</translation>
    </message>
    <message>
        <source>80% range</source>
        <translation>80-%-Bereich</translation>
    </message>
    <message>
        <source>break-even</source>
        <translation>Gewinnschwelle</translation>
    </message>
    <message>
        <source>break-even: {count}</source>
        <translation>Gewinnschwelle: {count}</translation>
    </message>
    <message>
        <source>break-even: {count} (← off the chart)</source>
        <translation>Gewinnschwelle: {count} (← außerhalb)</translation>
    </message>
    <message>
        <source>break-even: {count} (off the chart →)</source>
        <translation>Gewinnschwelle: {count} (außerhalb →)</translation>
    </message>
</context>
<context>
    <name>CostWords</name>
    <message>
        <source>non-breaking space</source>
        <translation>geschütztes Leerzeichen</translation>
    </message>
    <message>
        <source>zero-width space</source>
        <translation>Leerzeichen ohne Breite</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
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
    <name>DayCell</name>
    <message>
        <source>{day}  Today</source>
        <translation>{day}  Heute</translation>
    </message>
    <message>
        <source>Public holiday: {name}</source>
        <translation>Feiertag: {name}</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weiterer</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan a send on {day}…</source>
        <translation>Versand am {day} planen…</translation>
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
    <name>FieldWords</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Send time</source>
        <translation>Sendezeit</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Abmeldungen</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Konversionen</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Planned audience</source>
        <translation>Geplante Empfänger</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Konversionsrate</translation>
    </message>
    <message>
        <source>Click-through rate</source>
        <translation>Klickrate</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Antwortrate</translation>
    </message>
    <message>
        <source>Delivery rate</source>
        <translation>Zustellrate</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search name, segment, offer or message</source>
        <translation>Name, Segment, Angebot oder Text suchen</translation>
    </message>
    <message>
        <source>Search campaigns</source>
        <translation>Kampagnen suchen</translation>
    </message>
    <message>
        <source>Segment filter</source>
        <translation>Segmentfilter</translation>
    </message>
    <message>
        <source>Show one segment only</source>
        <translation>Nur ein Segment zeigen</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation>Kanalfilter</translation>
    </message>
    <message>
        <source>Show one channel only</source>
        <translation>Nur einen Kanal zeigen</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Show every campaign again</source>
        <translation>Wieder alle Kampagnen zeigen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Alle Segmente</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
</context>
<context>
    <name>ForecastChart</name>
    <message>
        <source>Orders, % of forecast</source>
        <translation>Bestellt, % Prognose</translation>
    </message>
    <message>
        <source>Forecasts, oldest to newest</source>
        <translation>Prognosen, älteste zuerst</translation>
    </message>
    <message>
        <source>80% range</source>
        <translation>80-%-Spanne</translation>
    </message>
    <message>
        <source>95% range</source>
        <translation>95-%-Spanne</translation>
    </message>
    <message>
        <source>actual: inside 80%</source>
        <translation>Ergebnis: in 80 %</translation>
    </message>
    <message>
        <source>inside 95% only</source>
        <translation>nur in 95 %</translation>
    </message>
    <message>
        <source>outside both</source>
        <translation>außerhalb beider</translation>
    </message>
</context>
<context>
    <name>ForecastsView</name>
    <message>
        <source>Each planned send keeps the forecast made before it went out. Once its results are in, it shows here: a good forecaster&apos;s 80% ranges hold about 8 times in 10, its 95% ranges about 19 times in 20.</source>
        <translation>Jeder geplante Versand behält die Prognose, die vor dem Versand erstellt wurde. Sobald seine Ergebnisse da sind, erscheint er hier: Bei guten Prognosen treffen die 80-%-Spannen etwa 8 von 10 Mal, die 95-%-Spannen etwa 19 von 20 Mal.</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Versandt am</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Likely range (80%)</source>
        <translation>Wahrsch. Spanne (80 %)</translation>
    </message>
    <message>
        <source>Wide range (95%)</source>
        <translation>Weite Spanne (95 %)</translation>
    </message>
    <message>
        <source>Actual orders</source>
        <translation>Tatsächl. Bestellungen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Forecasts</source>
        <translation>Prognosen</translation>
    </message>
    <message>
        <source>inside the likely range</source>
        <translation>in der wahrscheinlichen Spanne</translation>
    </message>
    <message>
        <source>inside the wide range only</source>
        <translation>nur in der weiten Spanne</translation>
    </message>
    <message>
        <source>outside both ranges</source>
        <translation>außerhalb beider Spannen</translation>
    </message>
    <message>
        <source>about {count}</source>
        <translation>etwa {count}</translation>
    </message>
    <message>
        <source>Forecast made {made}.</source>
        <translation>Prognose erstellt am {made}.</translation>
    </message>
    <message numerus="yes">
        <source>Forecast made {made}, from {count} past campaign(s).</source>
        <translation>
            <numerusform>Prognose erstellt am {made}, aus {count} früheren Kampagne.</numerusform>
            <numerusform>Prognose erstellt am {made}, aus {count} früheren Kampagnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No forecast can be checked yet: plan a send, and once its results are in, you will see here whether the forecast was right.</source>
        <translation>Noch keine Prognose lässt sich prüfen: Planen Sie einen Versand; sobald seine Ergebnisse da sind, sehen Sie hier, ob die Prognose stimmte.</translation>
    </message>
    <message numerus="yes">
        <source>Of your {count} checked forecast(s), {in80} landed inside the 80% range and {in95} inside the 95% range: too early to tell whether the ranges hold as often as promised.</source>
        <translation>
            <numerusform>Von Ihrer {count} geprüften Prognose lagen {in80} in der 80-%-Spanne und {in95} in der 95-%-Spanne: zu früh, um zu sagen, ob die Spannen so oft wie versprochen halten.</numerusform>
            <numerusform>Von Ihren {count} geprüften Prognosen lagen {in80} in der 80-%-Spanne und {in95} in der 95-%-Spanne: zu früh, um zu sagen, ob die Spannen so oft wie versprochen halten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of your last {count} forecasts, {in80} landed inside the 80% range and {in95} inside the 95% range: less often than promised: results vary more than the forecasts allow, so read the ranges as too narrow.</source>
        <translation>
            <numerusform>Von Ihrer letzten {count} Prognose lagen {in80} in der 80-%-Spanne und {in95} in der 95-%-Spanne: seltener als versprochen: Die Ergebnisse schwanken stärker, als die Prognosen annehmen; lesen Sie die Spannen als zu eng.</numerusform>
            <numerusform>Von Ihren letzten {count} Prognosen lagen {in80} in der 80-%-Spanne und {in95} in der 95-%-Spanne: seltener als versprochen: Die Ergebnisse schwanken stärker, als die Prognosen annehmen; lesen Sie die Spannen als zu eng.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of your last {count} forecasts, {in80} landed inside the 80% range and {in95} inside the 95% range: more often than promised: the ranges are on the cautious side.</source>
        <translation>
            <numerusform>Von Ihrer letzten {count} Prognose lagen {in80} in der 80-%-Spanne und {in95} in der 95-%-Spanne: öfter als versprochen: Die Spannen sind eher vorsichtig.</numerusform>
            <numerusform>Von Ihren letzten {count} Prognosen lagen {in80} in der 80-%-Spanne und {in95} in der 95-%-Spanne: öfter als versprochen: Die Spannen sind eher vorsichtig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of your last {count} forecasts, {in80} landed inside the 80% range and {in95} inside the 95% range: about as often as promised.</source>
        <translation>
            <numerusform>Von Ihrer letzten {count} Prognose lagen {in80} in der 80-%-Spanne und {in95} in der 95-%-Spanne: etwa so oft wie versprochen.</numerusform>
            <numerusform>Von Ihren letzten {count} Prognosen lagen {in80} in der 80-%-Spanne und {in95} in der 95-%-Spanne: etwa so oft wie versprochen.</numerusform>
        </translation>
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
    <name>ImportBanner</name>
    <message>
        <source>Import result</source>
        <translation>Importergebnis</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>Import &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import stopped. Nothing was changed.</source>
        <translation>Import gestoppt. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Stopped reading the file. Change a setting to read it again.</source>
        <translation>Lesen der Datei gestoppt. Ändern Sie eine Einstellung, um sie neu zu lesen.</translation>
    </message>
    <message>
        <source>Something went wrong; nothing was changed.</source>
        <translation>Etwas ist schiefgegangen; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Datei wird gelesen…</translation>
    </message>
    <message>
        <source>Column names found on row {row} of sheet “{sheet}”. Choose above each column which figure it holds; tinted columns are used.</source>
        <translation>Spaltennamen in Zeile {row} von Blatt „{sheet}“ gefunden. Wählen Sie über jeder Spalte, welche Zahl sie enthält; getönte Spalten werden verwendet.</translation>
    </message>
    <message>
        <source>Column names found on row {row}. Choose above each column which figure it holds; tinted columns are used.</source>
        <translation>Spaltennamen in Zeile {row} gefunden. Wählen Sie über jeder Spalte, welche Zahl sie enthält; getönte Spalten werden verwendet.</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Alle Zeilen werden geprüft…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import läuft…</translation>
    </message>
    <message>
        <source>Another currency</source>
        <translation>Andere Währung</translation>
    </message>
    <message>
        <source>Use {symbol} for my amounts</source>
        <translation>{symbol} für meine Beträge verwenden</translation>
    </message>
    <message>
        <source>Import without revenue and cost</source>
        <translation>Ohne Umsatz und Kosten importieren</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nichts wurde importiert.</translation>
    </message>
</context>
<context>
    <name>ImportDialogLayout</name>
    <message>
        <source>Import results — {position}</source>
        <translation>Ergebnisse importieren – {position}</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Ergebnisse importieren</translation>
    </message>
    <message>
        <source>Why this file cannot be imported</source>
        <translation>Warum diese Datei nicht importiert werden kann</translation>
    </message>
    <message>
        <source>&lt;b&gt;How the file was read&lt;/b&gt;</source>
        <translation>&lt;b&gt;So wurde die Datei gelesen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Stop reading or importing; nothing is changed</source>
        <translation>Lesen oder Import stoppen; nichts wird geändert</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>ImportFileWords</name>
    <message>
        <source>a PNG image</source>
        <translation>ein PNG-Bild</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>ein JPEG-Bild</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>ein GIF-Bild</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>ein PDF-Dokument</translation>
    </message>
    <message>
        <source>a web page (HTML)</source>
        <translation>eine Webseite (HTML)</translation>
    </message>
    <message>
        <source>a gzip-compressed archive</source>
        <translation>ein gzip-Archiv</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>ein RAR-Archiv</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>ein 7-Zip-Archiv</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>ein Word-Dokument</translation>
    </message>
    <message>
        <source>a PowerPoint presentation</source>
        <translation>eine PowerPoint-Präsentation</translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation>ein ZIP-Archiv</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>ein Programm</translation>
    </message>
    <message>
        <source>a database file</source>
        <translation>eine Datenbankdatei</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>eine Datei mit Binärdaten</translation>
    </message>
    <message>
        <source>the sheet has no row {row} to use as the header.</source>
        <translation>das Blatt hat keine Zeile {row}, die als Kopfzeile dienen kann.</translation>
    </message>
    <message>
        <source>the file has no row {row} to use as the header.</source>
        <translation>die Datei hat keine Zeile {row}, die als Kopfzeile dienen kann.</translation>
    </message>
    <message>
        <source>the column separator must be a comma, semicolon, tab or |.</source>
        <translation>das Spaltentrennzeichen muss ein Komma, ein Semikolon, ein Tabulator oder | sein.</translation>
    </message>
    <message>
        <source>the decimal mark must be a point or a comma.</source>
        <translation>das Dezimalzeichen muss ein Punkt oder ein Komma sein.</translation>
    </message>
    <message>
        <source>the thousands separator must be a comma, point or space.</source>
        <translation>das Tausendertrennzeichen muss ein Komma, ein Punkt oder ein Leerzeichen sein.</translation>
    </message>
    <message>
        <source>the decimal mark and the thousands separator must differ.</source>
        <translation>Dezimalzeichen und Tausendertrennzeichen müssen verschieden sein.</translation>
    </message>
    <message>
        <source>the date order must be day first or month first.</source>
        <translation>die Datumsreihenfolge muss „Tag zuerst“ oder „Monat zuerst“ sein.</translation>
    </message>
    <message>
        <source>the header row must be 1 or more.</source>
        <translation>die Kopfzeile muss 1 oder größer sein.</translation>
    </message>
    <message>
        <source>the number of rows to preview cannot be negative.</source>
        <translation>die Zahl der Vorschauzeilen darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>“{encoding}” is not a text encoding SMS Planner knows.</source>
        <translation>„{encoding}“ ist keine Textkodierung, die SMS Planner kennt.</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>die Datei gibt es nicht.</translation>
    </message>
    <message>
        <source>this is a folder, not a file.</source>
        <translation>das ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>SMS Planner is not allowed to read this file.</source>
        <translation>SMS Planner darf diese Datei nicht lesen.</translation>
    </message>
    <message>
        <source>this is a shortcut (link) that points back to itself, not a file.</source>
        <translation>das ist eine Verknüpfung, die auf sich selbst zeigt, keine Datei.</translation>
    </message>
    <message>
        <source>the file&apos;s name or folder path is too long to open.</source>
        <translation>der Dateiname oder der Ordnerpfad ist zu lang, um die Datei zu öffnen.</translation>
    </message>
    <message>
        <source>the file could not be opened (the system says: {error}).</source>
        <translation>die Datei ließ sich nicht öffnen (Meldung des Systems: {error}).</translation>
    </message>
    <message>
        <source>this is a pipe between programs, not a file with a table in it.</source>
        <translation>das ist eine Verbindung zwischen Programmen (Pipe), keine Datei mit einer Tabelle.</translation>
    </message>
    <message>
        <source>this is a device, not a file with a table in it.</source>
        <translation>das ist ein Gerät, keine Datei mit einer Tabelle.</translation>
    </message>
    <message>
        <source>this is not an ordinary file.</source>
        <translation>das ist keine gewöhnliche Datei.</translation>
    </message>
    <message>
        <source>the file is too large to read on this computer.</source>
        <translation>die Datei ist zu groß, um sie auf diesem Computer zu lesen.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>die Datei ist leer.</translation>
    </message>
    <message>
        <source>the workbook is protected by a password. Open it in your spreadsheet program, remove the password, save it and try again.</source>
        <translation>die Arbeitsmappe ist mit einem Passwort geschützt. Öffnen Sie sie in Ihrer Tabellenkalkulation, entfernen Sie das Passwort, speichern Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the workbook is damaged or incomplete (perhaps it did not finish downloading). Save or download it again.</source>
        <translation>die Arbeitsmappe ist beschädigt oder unvollständig (vielleicht wurde der Download nicht beendet). Speichern oder laden Sie sie erneut.</translation>
    </message>
    <message>
        <source>this is an old Office file, but not an Excel workbook. Save it as .xlsx or .csv and try again.</source>
        <translation>das ist eine alte Office-Datei, aber keine Excel-Arbeitsmappe. Speichern Sie sie als .xlsx oder .csv und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>this “Excel” file is really a web page (HTML). Open it in your spreadsheet program and save it as .xlsx or .csv.</source>
        <translation>diese „Excel“-Datei ist in Wirklichkeit eine Webseite (HTML). Öffnen Sie sie in Ihrer Tabellenkalkulation und speichern Sie sie als .xlsx oder .csv.</translation>
    </message>
    <message>
        <source>this is {what}, not a spreadsheet or CSV file.</source>
        <translation>das ist {what}, keine Tabelle und keine CSV-Datei.</translation>
    </message>
    <message>
        <source>the text is not in the {encoding} encoding. Choose the file&apos;s encoding.</source>
        <translation>der Text ist nicht in der Kodierung {encoding}. Wählen Sie die Kodierung der Datei.</translation>
    </message>
    <message>
        <source>the file holds binary data, not a table of text.</source>
        <translation>die Datei enthält Binärdaten, keine Tabelle aus Text.</translation>
    </message>
    <message>
        <source>the file holds no table, only blank lines.</source>
        <translation>die Datei enthält keine Tabelle, nur leere Zeilen.</translation>
    </message>
    <message>
        <source>the first line has {columns} columns; SMS Planner reads at most {most}, so this is not a table of campaigns.</source>
        <translation>die erste Zeile hat {columns} Spalten; SMS Planner liest höchstens {most}, das ist also keine Tabelle mit Kampagnen.</translation>
    </message>
    <message>
        <source>row {row} has {columns} columns but the header has {header}. Check the column separator or fix that row.</source>
        <translation>Zeile {row} hat {columns} Spalten, die Kopfzeile aber {header}. Prüfen Sie das Spaltentrennzeichen oder korrigieren Sie diese Zeile.</translation>
    </message>
    <message>
        <source>a quoted cell is never closed (the file may be cut short).</source>
        <translation>eine Zelle in Anführungszeichen wird nie geschlossen (die Datei ist vielleicht abgeschnitten).</translation>
    </message>
    <message>
        <source>the rows could not be split into columns. Check the column separator.</source>
        <translation>die Zeilen ließen sich nicht in Spalten aufteilen. Prüfen Sie das Spaltentrennzeichen.</translation>
    </message>
    <message>
        <source>there is no sheet named “{sheet}” (sheets: {sheets}).</source>
        <translation>es gibt kein Blatt namens „{sheet}“ (Blätter: {sheets}).</translation>
    </message>
    <message>
        <source>the workbook has no data on any sheet.</source>
        <translation>die Arbeitsmappe enthält auf keinem Blatt Daten.</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” is empty.</source>
        <translation>das Blatt „{sheet}“ ist leer.</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” has {columns} columns; SMS Planner reads at most {most}, so this is not a table of campaigns.</source>
        <translation>das Blatt „{sheet}“ hat {columns} Spalten; SMS Planner liest höchstens {most}, das ist also keine Tabelle mit Kampagnen.</translation>
    </message>
    <message>
        <source>the workbook is damaged or incomplete and could not be read. Save it again from the program that made it.</source>
        <translation>die Arbeitsmappe ist beschädigt oder unvollständig und ließ sich nicht lesen. Speichern Sie sie erneut in dem Programm, mit dem sie erstellt wurde.</translation>
    </message>
    <message>
        <source>the workbook is damaged or incomplete. Save it again from the program that made it.</source>
        <translation>die Arbeitsmappe ist beschädigt oder unvollständig. Speichern Sie sie erneut in dem Programm, mit dem sie erstellt wurde.</translation>
    </message>
    <message>
        <source>reading the workbook needed more memory than is safe (it may be damaged or built to crash programs), so it was stopped.</source>
        <translation>das Lesen der Arbeitsmappe brauchte mehr Speicher, als sicher ist (sie ist vielleicht beschädigt oder darauf angelegt, Programme abstürzen zu lassen), deshalb wurde es abgebrochen.</translation>
    </message>
    <message>
        <source>the workbook unpacks to more than 2 GB: it is too large, or built to crash programs that open it.</source>
        <translation>die Arbeitsmappe ist entpackt größer als 2 GB: Sie ist zu groß oder darauf angelegt, Programme abstürzen zu lassen, die sie öffnen.</translation>
    </message>
    <message>
        <source>the workbook holds an impossible number of parts.</source>
        <translation>die Arbeitsmappe besteht aus unmöglich vielen Teilen.</translation>
    </message>
    <message>
        <source>the workbook is a “zip bomb” (a tiny file that unpacks to gigabytes), so it was not opened.</source>
        <translation>die Arbeitsmappe ist eine „ZIP-Bombe“ (eine winzige Datei, die sich zu Gigabytes entpackt), deshalb wurde sie nicht geöffnet.</translation>
    </message>
    <message>
        <source>the workbook is an XML bomb (“billion laughs”), built to exhaust the memory of programs that open it, so it was not opened.</source>
        <translation>die Arbeitsmappe ist eine XML-Bombe („Billion Laughs“), die den Speicher der Programme erschöpfen soll, die sie öffnen; deshalb wurde sie nicht geöffnet.</translation>
    </message>
    <message>
        <source>the workbook is damaged or built to crash programs that open it: a sheet claims {rows} rows and {columns} columns, more than Excel allows ({most_rows} × {most_columns}).</source>
        <translation>die Arbeitsmappe ist beschädigt oder darauf angelegt, Programme abstürzen zu lassen: Ein Blatt gibt {rows} Zeilen und {columns} Spalten an, mehr als Excel erlaubt ({most_rows} × {most_columns}).</translation>
    </message>
    <message>
        <source>a sheet spans {rows} rows and {columns} columns, most of them empty; reading it would need far more memory than this computer has. Delete the stray cells far from the table, save, and try again.</source>
        <translation>ein Blatt erstreckt sich über {rows} Zeilen und {columns} Spalten, die meisten davon leer; es zu lesen bräuchte weit mehr Speicher, als dieser Computer hat. Löschen Sie die verirrten Zellen weit abseits der Tabelle, speichern Sie und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>ImportFlowWords</name>
    <message>
        <source>Result files (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods);;All files (*)</source>
        <translation>Ergebnisdateien (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Ergebnisse importieren</translation>
    </message>
    <message>
        <source>file {done} of {total}</source>
        <translation>Datei {done} von {total}</translation>
    </message>
    <message>
        <source>{file}: {summary}</source>
        <translation>{file}: {summary}</translation>
    </message>
    <message>
        <source>Imported {file}: {summary}</source>
        <translation>{file} importiert: {summary}</translation>
    </message>
    <message>
        <source>Is this a planned send?</source>
        <translation>Ist das ein geplanter Versand?</translation>
    </message>
    <message>
        <source>“{imported}” went to {segment} on {day}, the day you planned “{plan}”. Is it that send?</source>
        <translation>„{imported}“ ging am {day} an {segment} – an dem Tag, für den Sie „{plan}“ geplant haben. Ist es dieser Versand?</translation>
    </message>
    <message>
        <source>If so, its results fill in the plan (one campaign, named as you planned it), and its forecast is checked against them.</source>
        <translation>Wenn ja, füllen seine Ergebnisse den Plan aus (eine Kampagne, benannt wie geplant), und die Prognose wird daran überprüft.</translation>
    </message>
    <message>
        <source>Yes, fill in the plan</source>
        <translation>Ja, Plan ausfüllen</translation>
    </message>
    <message>
        <source>No, keep both</source>
        <translation>Nein, beide behalten</translation>
    </message>
    <message>
        <source>Import #{id} undone: the campaigns are as they were before it.</source>
        <translation>Import #{id} rückgängig gemacht: Die Kampagnen sind wie vorher.</translation>
    </message>
    <message>
        <source>&amp;Imports…</source>
        <translation>&amp;Importe…</translation>
    </message>
    <message>
        <source>Every file you imported, with undo</source>
        <translation>Alle importierten Dateien, mit Rückgängig</translation>
    </message>
</context>
<context>
    <name>ImportListWords</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message numerus="yes">
        <source>Import #{id} cannot be undone yet: %n later import(s) ({names}) changed the same campaigns. Undo import #{last} first, then this one.</source>
        <translation>
            <numerusform>Import #{id} kann noch nicht rückgängig gemacht werden: %n späterer Import ({names}) hat dieselben Kampagnen geändert. Machen Sie zuerst Import #{last} rückgängig, dann diesen.</numerusform>
            <numerusform>Import #{id} kann noch nicht rückgängig gemacht werden: %n spätere Importe ({names}) haben dieselben Kampagnen geändert. Machen Sie zuerst Import #{last} rückgängig, dann diesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing import #{id} ({file}, {on}) will:</source>
        <translation>Import #{id} ({file}, {on}) rückgängig machen heißt:</translation>
    </message>
    <message numerus="yes">
        <source>• delete the %n campaign(s) it added</source>
        <translation>
            <numerusform>• die %n hinzugefügte Kampagne löschen</numerusform>
            <numerusform>• die %n hinzugefügten Kampagnen löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• put the figures of the %n campaign(s) it updated back as they were before</source>
        <translation>
            <numerusform>• die Zahlen der %n aktualisierten Kampagne wiederherstellen</numerusform>
            <numerusform>• die Zahlen der %n aktualisierten Kampagnen wiederherstellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• forget the %n message(s) it read</source>
        <translation>
            <numerusform>• die %n gelesene Nachricht vergessen</numerusform>
            <numerusform>• die %n gelesenen Nachrichten vergessen</numerusform>
        </translation>
    </message>
    <message>
        <source>• change nothing in your campaigns</source>
        <translation>• nichts an Ihren Kampagnen ändern</translation>
    </message>
    <message>
        <source>Changes you typed into those campaigns since then are undone too. A backup is made first.</source>
        <translation>Änderungen, die Sie seitdem an diesen Kampagnen eingegeben haben, werden ebenfalls rückgängig gemacht. Vorher wird eine Sicherung erstellt.</translation>
    </message>
    <message>
        <source>Cannot undo this import</source>
        <translation>Import kann nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>Undo import #{id}?</source>
        <translation>Import #{id} rückgängig machen?</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Import rückgängig machen</translation>
    </message>
    <message>
        <source>Import #{id} ({file}) undone.</source>
        <translation>Import #{id} ({file}) rückgängig gemacht.</translation>
    </message>
</context>
<context>
    <name>ImportNoteWords</name>
    <message>
        <source>Columns are separated by commas.</source>
        <translation>Die Spalten sind durch Kommas getrennt.</translation>
    </message>
    <message>
        <source>Columns are separated by semicolons.</source>
        <translation>Die Spalten sind durch Semikolons getrennt.</translation>
    </message>
    <message>
        <source>Columns are separated by tabs.</source>
        <translation>Die Spalten sind durch Tabulatoren getrennt.</translation>
    </message>
    <message>
        <source>Columns are separated by vertical bars (|).</source>
        <translation>Die Spalten sind durch senkrechte Striche (|) getrennt.</translation>
    </message>
    <message>
        <source>The file is named {ext} but holds CSV text; it was read as CSV.</source>
        <translation>Die Datei endet auf {ext}, enthält aber CSV-Text; sie wurde als CSV gelesen.</translation>
    </message>
    <message>
        <source>The file is named {ext} but is an Excel workbook (.xlsx); it was read as one.</source>
        <translation>Die Datei endet auf {ext}, ist aber eine Excel-Arbeitsmappe (.xlsx); sie wurde als solche gelesen.</translation>
    </message>
    <message>
        <source>The file is named {ext} but is an OpenDocument spreadsheet (.ods); it was read as one.</source>
        <translation>Die Datei endet auf {ext}, ist aber eine OpenDocument-Tabelle (.ods); sie wurde als solche gelesen.</translation>
    </message>
    <message>
        <source>The file is named {ext} but is an old Excel workbook (.xls); it was read as one.</source>
        <translation>Die Datei endet auf {ext}, ist aber eine alte Excel-Arbeitsmappe (.xls); sie wurde als solche gelesen.</translation>
    </message>
    <message>
        <source>No date in column &apos;{column}&apos; shows whether the day or the month comes first; read with the day first (choose the other order if that is wrong).</source>
        <translation>Kein Datum in der Spalte „{column}“ zeigt, ob der Tag oder der Monat zuerst steht; die Daten wurden daher mit dem Tag zuerst gelesen (wählen Sie die andere Reihenfolge, falls das nicht stimmt).</translation>
    </message>
    <message>
        <source>No date in column &apos;{column}&apos; shows whether the day or the month comes first; read with the month first (choose the other order if that is wrong).</source>
        <translation>Kein Datum in der Spalte „{column}“ zeigt, ob der Tag oder der Monat zuerst steht; die Daten wurden daher mit dem Monat zuerst gelesen (wählen Sie die andere Reihenfolge, falls das nicht stimmt).</translation>
    </message>
    <message numerus="yes">
        <source>Sheet &apos;{sheet}&apos;, column &apos;{column}&apos; (not imported): %n cell(s) hold a formula with no saved result (row {rows}).</source>
        <translation>
            <numerusform>Blatt „{sheet}“, Spalte „{column}“ (nicht importiert): %n Zelle enthält eine Formel ohne gespeichertes Ergebnis (Zeile {rows}).</numerusform>
            <numerusform>Blatt „{sheet}“, Spalte „{column}“ (nicht importiert): %n Zellen enthalten Formeln ohne gespeichertes Ergebnis (Zeilen {rows}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Part of the file is not in UTF-8; that part was read as Windows text (Windows-1252).</source>
        <translation>Ein Teil der Datei ist nicht in UTF-8; dieser Teil wurde als Windows-Text (Windows-1252) gelesen.</translation>
    </message>
    <message>
        <source>The file is not in UTF-8; it was read as Windows text (Windows-1252).</source>
        <translation>Die Datei ist nicht in UTF-8; sie wurde als Windows-Text (Windows-1252) gelesen.</translation>
    </message>
    <message>
        <source>The file is not in UTF-8; it was read as Mac Roman text (saved by an older Mac).</source>
        <translation>Die Datei ist nicht in UTF-8; sie wurde als Mac-Roman-Text gelesen (gespeichert auf einem älteren Mac).</translation>
    </message>
    <message>
        <source>Numbers use a decimal comma ({example}).</source>
        <translation>Zahlen haben ein Dezimalkomma ({example}).</translation>
    </message>
    <message>
        <source>Numbers like {example} were read as thousands (1234): no value showed a decimal mark, so please check the figures.</source>
        <translation>Zahlen wie {example} wurden als Tausender gelesen (1234): Kein Wert zeigte ein Dezimalzeichen, bitte prüfen Sie die Zahlen.</translation>
    </message>
    <message>
        <source>Some numbers use a decimal comma and others a decimal point; the point was used because most numbers have it.</source>
        <translation>Manche Zahlen haben ein Dezimalkomma, andere einen Dezimalpunkt; der Punkt wurde verwendet, weil die meisten ihn haben.</translation>
    </message>
    <message>
        <source>Files named {ext} are not a known format; this one holds text and was read as CSV.</source>
        <translation>Dateien mit der Endung {ext} sind kein bekanntes Format; diese enthält Text und wurde als CSV gelesen.</translation>
    </message>
    <message>
        <source>The file has no message id column: repeated rows are recognised by their content.</source>
        <translation>Die Datei hat keine Spalte mit Nachrichten-IDs: Wiederholte Zeilen werden an ihrem Inhalt erkannt.</translation>
    </message>
    <message>
        <source>This looks like a phone number, not a count.</source>
        <translation>Das sieht nach einer Telefonnummer aus, nicht nach einer Anzahl.</translation>
    </message>
    <message>
        <source>This looks like a phone number, not an amount.</source>
        <translation>Das sieht nach einer Telefonnummer aus, nicht nach einem Betrag.</translation>
    </message>
    <message>
        <source>This is not a number; &apos;{field}&apos; must be a number.</source>
        <translation>Das ist keine Zahl; „{field}“ muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is far too large to be an amount (the most SMS Planner takes is {most}).</source>
        <translation>„{field}“ ist viel zu groß für einen Betrag (SMS Planner nimmt höchstens {most}).</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a whole number.</source>
        <translation>„{field}“ muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is far too large to be a count.</source>
        <translation>„{field}“ ist viel zu groß für eine Anzahl.</translation>
    </message>
    <message>
        <source>This rate is not a number or a percentage.</source>
        <translation>Diese Quote ist weder eine Zahl noch ein Prozentwert.</translation>
    </message>
    <message>
        <source>Expected yes or no (or true/false, 1/0, x).</source>
        <translation>Erwartet wird ja oder nein (oder true/false, 1/0, x).</translation>
    </message>
    <message>
        <source>The year is out of range: SMS Planner reads dates from {first} to {last}.</source>
        <translation>Das Jahr liegt außerhalb des Bereichs: SMS Planner liest Datumsangaben von {first} bis {last}.</translation>
    </message>
    <message>
        <source>This is not a date SMS Planner can read.</source>
        <translation>Das ist kein Datum, das SMS Planner lesen kann.</translation>
    </message>
    <message>
        <source>Campaign &apos;{campaign}&apos;: no message has a send time, so its date is unknown.</source>
        <translation>Kampagne „{campaign}“: Keine Nachricht hat eine Sendezeit, daher ist ihr Datum unbekannt.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos;: this cell holds a formula with no saved result. Open the file in your spreadsheet program, save it, then import it again.</source>
        <translation>Blatt „{sheet}“: Diese Zelle enthält eine Formel ohne gespeichertes Ergebnis. Öffnen Sie die Datei in Ihrer Tabellenkalkulation, speichern Sie sie und importieren Sie sie erneut.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Row number as your spreadsheet shows it</source>
        <translation>Zeilennummer wie in Ihrer Tabelle</translation>
    </message>
    <message>
        <source>Phone numbers are personal data: this column is never read or stored.</source>
        <translation>Telefonnummern sind personenbezogene Daten: Diese Spalte wird nie gelesen oder gespeichert.</translation>
    </message>
    <message>
        <source>Column “{column}” of the file</source>
        <translation>Spalte „{column}“ der Datei</translation>
    </message>
    <message>
        <source>{label}: “{text}”</source>
        <translation>{label}: „{text}“</translation>
    </message>
    <message>
        <source>Title row, not imported</source>
        <translation>Titelzeile, nicht importiert</translation>
    </message>
    <message>
        <source>Blank row, not imported</source>
        <translation>Leere Zeile, nicht importiert</translation>
    </message>
    <message>
        <source>Totals row, left out: totals are not campaigns</source>
        <translation>Summenzeile, ausgelassen: Summen sind keine Kampagnen</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
</context>
<context>
    <name>ImportSessionWords</name>
    <message>
        <source>Campaign summaries</source>
        <translation>Kampagnenübersicht</translation>
    </message>
    <message>
        <source>Per-message log</source>
        <translation>Protokoll je Nachricht</translation>
    </message>
    <message>
        <source>One row per campaign, with its counts (sent, clicks, orders…)</source>
        <translation>Eine Zeile pro Kampagne mit ihren Zahlen (gesendet, Klicks, Bestellungen…)</translation>
    </message>
    <message>
        <source>One row per text message sent or received; SMS Planner adds them up into campaigns</source>
        <translation>Eine Zeile pro gesendeter oder empfangener SMS; SMS Planner fasst sie zu Kampagnen zusammen</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>Nachrichten-ID</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Kampagnenname</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Gesendet um</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Message parts</source>
        <translation>SMS-Teile</translation>
    </message>
    <message>
        <source>Clicked (yes/no)</source>
        <translation>Geklickt (ja/nein)</translation>
    </message>
    <message>
        <source>Replied (yes/no)</source>
        <translation>Geantwortet (ja/nein)</translation>
    </message>
    <message>
        <source>Converted (yes/no)</source>
        <translation>Konvertiert (ja/nein)</translation>
    </message>
    <message>
        <source>Order value</source>
        <translation>Bestellwert</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>The file&apos;s one row cannot be imported: see the problems listed below.</source>
        <translation>Die einzige Zeile der Datei kann nicht importiert werden: siehe die Probleme unten.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n row(s) can be imported: see the problems listed below.</source>
        <translation>
            <numerusform>Die %n Zeile kann nicht importiert werden: siehe die Probleme unten.</numerusform>
            <numerusform>Keine der %n Zeilen kann importiert werden: siehe die Probleme unten.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row of this file describes an SMS campaign.</source>
        <translation>Keine Zeile dieser Datei beschreibt eine SMS-Kampagne.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n good row(s), skip {bad}</source>
        <translation>
            <numerusform>%n gute Zeile importieren, {bad} überspringen</numerusform>
            <numerusform>%n gute Zeilen importieren, {bad} überspringen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported (see the problems). Fix the file and open it again, or import the good rows now.</source>
        <translation>
            <numerusform>%n Zeile kann nicht importiert werden (siehe Probleme). Korrigieren Sie die Datei und öffnen Sie sie erneut, oder importieren Sie jetzt die guten Zeilen.</numerusform>
            <numerusform>%n Zeilen können nicht importiert werden (siehe Probleme). Korrigieren Sie die Datei und öffnen Sie sie erneut, oder importieren Sie jetzt die guten Zeilen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import {messages} into %n campaign(s)</source>
        <translation>
            <numerusform>{messages} in %n Kampagne importieren</numerusform>
            <numerusform>{messages} in %n Kampagnen importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n campaign(s)</source>
        <translation>
            <numerusform>%n Kampagne importieren</numerusform>
            <numerusform>%n Kampagnen importieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) added, {updated} updated.</source>
        <translation>
            <numerusform>%n Kampagne hinzugefügt, {updated} aktualisiert.</numerusform>
            <numerusform>%n Kampagnen hinzugefügt, {updated} aktualisiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) read.</source>
        <translation>
            <numerusform>%n Nachricht gelesen.</numerusform>
            <numerusform>%n Nachrichten gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n total row(s) left out.</source>
        <translation>
            <numerusform>%n Summenzeile ausgelassen.</numerusform>
            <numerusform>%n Summenzeilen ausgelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n email or other non-SMS row(s) left out: SMS only.</source>
        <translation>
            <numerusform>%n E-Mail- oder andere Nicht-SMS-Zeile ausgelassen: nur SMS.</numerusform>
            <numerusform>%n E-Mail- oder andere Nicht-SMS-Zeilen ausgelassen: nur SMS.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems skipped.</source>
        <translation>
            <numerusform>%n Zeile mit Problemen übersprungen.</numerusform>
            <numerusform>%n Zeilen mit Problemen übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The preview shows the first %n row(s) of {total}; every row was checked.</source>
        <translation>
            <numerusform>Die Vorschau zeigt die erste Zeile von {total}; jede Zeile wurde geprüft.</numerusform>
            <numerusform>Die Vorschau zeigt die ersten %n Zeilen von {total}; jede Zeile wurde geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Using the columns you chose last time for a file with these headers.</source>
        <translation>Es werden die Spalten verwendet, die Sie zuletzt für eine Datei mit diesen Überschriften gewählt haben.</translation>
    </message>
    <message>
        <source>Not used: {columns}.</source>
        <translation>Nicht verwendet: {columns}.</translation>
    </message>
    <message>
        <source>Left out as personal data: {columns}.</source>
        <translation>Als persönliche Daten ausgelassen: {columns}.</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message>
        <source>Nothing to import</source>
        <translation>Nichts zu importieren</translation>
    </message>
    <message>
        <source>This file was already imported on {on} as import #{id}; importing it again would change nothing.</source>
        <translation>Diese Datei wurde bereits am {on} als Import #{id} importiert; ein erneuter Import würde nichts ändern.</translation>
    </message>
    <message>
        <source>No new backup was made: the backup from {time} already holds everything from before this import.</source>
        <translation>Es wurde keine neue Sicherung angelegt: Die Sicherung vom {time} enthält bereits alles von vor diesem Import.</translation>
    </message>
    <message>
        <source>The money in this file is in {found} ({found_symbol}), but your amounts are shown in {preferred} ({preferred_symbol}). Amounts are never converted: use {found_symbol} for your amounts, or import this file without its revenue and cost.</source>
        <translation>Die Beträge in dieser Datei sind in {found} ({found_symbol}), Ihre Beträge werden aber in {preferred} ({preferred_symbol}) angezeigt. Beträge werden nie umgerechnet: Verwenden Sie {found_symbol} für Ihre Beträge oder importieren Sie diese Datei ohne Umsatz und Kosten.</translation>
    </message>
    <message>
        <source>In this file automatic answers cost {auto} and incoming texts cost {incoming}: not counted in the campaign&apos;s cost.</source>
        <translation>In dieser Datei kosten automatische Antworten {auto} und eingehende SMS {incoming}: nicht in den Kampagnenkosten enthalten.</translation>
    </message>
    <message>
        <source>In this file automatic answers cost {auto}: not counted in the campaign&apos;s cost.</source>
        <translation>In dieser Datei kosten automatische Antworten {auto}: nicht in den Kampagnenkosten enthalten.</translation>
    </message>
    <message>
        <source>In this file incoming texts cost {incoming}: not counted in the campaign&apos;s cost.</source>
        <translation>In dieser Datei kosten eingehende SMS {incoming}: nicht in den Kampagnenkosten enthalten.</translation>
    </message>
    <message>
        <source>{file} is a per-message log without a campaign column: type the campaign&apos;s name in the box above, or choose the column that holds it.</source>
        <translation>{file} ist ein Protokoll je Nachricht ohne Kampagnenspalte: Geben Sie den Kampagnennamen oben ein oder wählen Sie die Spalte, die ihn enthält.</translation>
    </message>
    <message>
        <source>The file has no campaign name column: choose the column that holds it, or type a campaign name above.</source>
        <translation>Die Datei hat keine Spalte für den Kampagnennamen: Wählen Sie die Spalte, die ihn enthält, oder geben Sie oben einen Namen ein.</translation>
    </message>
    <message>
        <source>The file has no date column: choose the column that holds the day each campaign was sent.</source>
        <translation>Die Datei hat keine Datumsspalte: Wählen Sie die Spalte mit dem Tag, an dem jede Kampagne gesendet wurde.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) for other channels ({channels}) left out: SMS Planner imports SMS and MMS campaigns.</source>
        <translation>
            <numerusform>%n Zeile für andere Kanäle ({channels}) ausgelassen: SMS Planner importiert SMS- und MMS-Kampagnen.</numerusform>
            <numerusform>%n Zeilen für andere Kanäle ({channels}) ausgelassen: SMS Planner importiert SMS- und MMS-Kampagnen.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: every row is for another channel than SMS ({channels}); SMS Planner imports SMS and MMS campaigns.</source>
        <translation>{file}: Jede Zeile gehört zu einem anderen Kanal als SMS ({channels}); SMS Planner importiert SMS- und MMS-Kampagnen.</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n problem(s) found; nothing was imported. Fix the file and open it again, or import the good rows.</source>
        <translation>
            <numerusform>{file}: %n Problem gefunden; nichts wurde importiert. Korrigieren Sie die Datei und öffnen Sie sie erneut, oder importieren Sie die guten Zeilen.</numerusform>
            <numerusform>{file}: %n Probleme gefunden; nichts wurde importiert. Korrigieren Sie die Datei und öffnen Sie sie erneut, oder importieren Sie die guten Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} holds totals per report period (&apos;{example}&apos; in column &apos;{column}&apos;), not campaign sends. Open your provider&apos;s campaign report instead (one row per send), or choose the column that holds the send date.</source>
        <translation>{file} enthält Summen je Berichtszeitraum („{example}“ in Spalte „{column}“), keine Kampagnenversände. Öffnen Sie stattdessen den Kampagnenbericht Ihres Anbieters (eine Zeile pro Versand) oder wählen Sie die Spalte mit dem Sendedatum.</translation>
    </message>
    <message>
        <source>{file} is a log of phone calls (column &apos;{column}&apos;), not text messages: SMS Planner imports SMS and MMS campaigns.</source>
        <translation>{file} ist ein Protokoll von Telefonanrufen (Spalte &apos;{column}&apos;), keine Textnachrichten: SMS Planner importiert SMS- und MMS-Kampagnen.</translation>
    </message>
    <message>
        <source>{file} is a log of {channels} messages (column &apos;{column}&apos;), not text messages: SMS Planner imports SMS and MMS campaigns.</source>
        <translation>{file} ist ein Protokoll von {channels}-Nachrichten (Spalte „{column}“), keine SMS: SMS Planner importiert SMS- und MMS-Kampagnen.</translation>
    </message>
    <message>
        <source>{file} is a shop&apos;s order list, not a report of messages sent: open the campaign report or message log from your SMS provider instead.</source>
        <translation>{file} ist eine Bestellliste eines Shops, kein Bericht über gesendete Nachrichten: Öffnen Sie stattdessen den Kampagnenbericht oder das Nachrichtenprotokoll Ihres SMS-Anbieters.</translation>
    </message>
    <message>
        <source>{file}: its money is in {found}, but your amounts are in {preferred} (Preferences); nothing was imported.</source>
        <translation>{file}: Die Beträge sind in {found}, Ihre Beträge aber in {preferred} (Einstellungen); nichts wurde importiert.</translation>
    </message>
    <message>
        <source>{file}: no row could be imported.</source>
        <translation>{file}: Keine Zeile konnte importiert werden.</translation>
    </message>
    <message>
        <source>The file has no column &apos;{column}&apos;. Its columns are: {columns}.</source>
        <translation>Die Datei hat keine Spalte „{column}“. Ihre Spalten sind: {columns}.</translation>
    </message>
    <message>
        <source>A column choice is written FIELD=COLUMN, not &apos;{item}&apos;.</source>
        <translation>Eine Spaltenwahl wird als FELD=SPALTE geschrieben, nicht „{item}“.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a field; use one of: {fields}.</source>
        <translation>„{field}“ ist kein Feld; verwenden Sie eines von: {fields}.</translation>
    </message>
    <message>
        <source>The channel must be &apos;sms&apos; or &apos;all&apos;, not &apos;{channel}&apos;.</source>
        <translation>Der Kanal muss „sms“ oder „all“ sein, nicht „{channel}“.</translation>
    </message>
    <message>
        <source>The shape must be &apos;summary&apos; or &apos;messages&apos;, not &apos;{shape}&apos;.</source>
        <translation>Die Form muss „summary“ oder „messages“ sein, nicht „{shape}“.</translation>
    </message>
    <message numerus="yes">
        <source>{file}: the file has no campaign rows, only %n total row(s) (totals are not campaigns).</source>
        <translation>
            <numerusform>{file}: Die Datei hat keine Kampagnenzeilen, nur %n Summenzeile (Summen sind keine Kampagnen).</numerusform>
            <numerusform>{file}: Die Datei hat keine Kampagnenzeilen, nur %n Summenzeilen (Summen sind keine Kampagnen).</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: the file has column headers but no rows to import.</source>
        <translation>{file}: Die Datei hat Spaltenüberschriften, aber keine Zeilen zum Importieren.</translation>
    </message>
    <message numerus="yes">
        <source>The file is UTF-8 except on %n row(s) ({rows}), whose accented letters were read as Windows-1252: please check.</source>
        <translation>
            <numerusform>Die Datei ist UTF-8 außer in %n Zeile ({rows}), deren Umlaute und Akzente als Windows-1252 gelesen wurden: bitte prüfen.</numerusform>
            <numerusform>Die Datei ist UTF-8 außer in %n Zeilen ({rows}), deren Umlaute und Akzente als Windows-1252 gelesen wurden: bitte prüfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of {channels} messages: the phone numbers are written &apos;{prefix}:+...&apos;.</source>
        <translation>
            <numerusform>%n Zeile mit {channels}-Nachrichten: Die Telefonnummern sind als „{prefix}:+...“ geschrieben.</numerusform>
            <numerusform>%n Zeilen mit {channels}-Nachrichten: Die Telefonnummern sind als „{prefix}:+...“ geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file has no channel column; its columns ({columns}) are an email report&apos;s, so its rows are email campaigns.</source>
        <translation>Diese Datei hat keine Kanalspalte; ihre Spalten ({columns}) sind die eines E-Mail-Berichts, also sind ihre Zeilen E-Mail-Kampagnen.</translation>
    </message>
    <message>
        <source>Column &apos;{column}&apos; holds {values}, not channel names; those rows were read as {channel}.</source>
        <translation>Spalte „{column}“ enthält {values}, keine Kanalnamen; diese Zeilen wurden als {channel} gelesen.</translation>
    </message>
    <message>
        <source>The file has no campaign name column: each campaign is named by its subject (column &apos;{column}&apos;).</source>
        <translation>Die Datei hat keine Spalte für den Kampagnennamen: Jede Kampagne wird nach ihrem Betreff benannt (Spalte „{column}“).</translation>
    </message>
    <message numerus="yes">
        <source>Column &apos;{column}&apos;: %n value(s) not read as a time of day (row {rows}); those campaigns have no send time.</source>
        <translation>
            <numerusform>Spalte „{column}“: %n Wert nicht als Uhrzeit gelesen (Zeile {rows}); diese Kampagnen haben keine Sendezeit.</numerusform>
            <numerusform>Spalte „{column}“: %n Werte nicht als Uhrzeit gelesen (Zeile {rows}); diese Kampagnen haben keine Sendezeit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) never sent ({column} = {statuses}): left out.</source>
        <translation>
            <numerusform>%n Kampagne nie gesendet ({column} = {statuses}): ausgelassen.</numerusform>
            <numerusform>%n Kampagnen nie gesendet ({column} = {statuses}): ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Column &apos;{column}&apos; holds the report period (&apos;{example}&apos;), not the send day; the send day was read from &apos;{used}&apos;.</source>
        <translation>Spalte „{column}“ enthält den Berichtszeitraum („{example}“), nicht den Sendetag; der Sendetag wurde aus „{used}“ gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>%n automatic answer(s) to incoming texts ({column} = outbound-reply): not campaign sends, so left out of sent, delivered and cost.</source>
        <translation>
            <numerusform>%n automatische Antwort auf eingehende SMS ({column} = outbound-reply): kein Kampagnenversand, daher nicht in gesendet, zugestellt und Kosten.</numerusform>
            <numerusform>%n automatische Antworten auf eingehende SMS ({column} = outbound-reply): keine Kampagnenversände, daher nicht in gesendet, zugestellt und Kosten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message id(s) repeated in the file: the last row of each was used.</source>
        <translation>
            <numerusform>%n Nachrichten-ID in der Datei wiederholt: Die letzte Zeile wurde verwendet.</numerusform>
            <numerusform>%n Nachrichten-IDs in der Datei wiederholt: Jeweils die letzte Zeile wurde verwendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the file are further parts of a longer message (column &apos;{column}&apos;): each message is counted once, with the price of all its parts.</source>
        <translation>
            <numerusform>%n Zeile der Datei ist ein weiterer Teil einer längeren Nachricht (Spalte &apos;{column}&apos;): Jede Nachricht zählt einmal, mit dem Preis aller ihrer Teile.</numerusform>
            <numerusform>%n Zeilen der Datei sind weitere Teile längerer Nachrichten (Spalte &apos;{column}&apos;): Jede Nachricht zählt einmal, mit dem Preis aller ihrer Teile.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file&apos;s money is in several currencies ({currencies}); amounts were read as they are, without converting.</source>
        <translation>Die Beträge der Datei sind in mehreren Währungen ({currencies}); sie wurden ohne Umrechnung gelesen.</translation>
    </message>
    <message>
        <source>{file}: the file does not exist.</source>
        <translation>{file}: Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>{file}: this is a folder, not a file.</source>
        <translation>{file}: Das ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>{file}: SMS Planner is not allowed to read this file.</source>
        <translation>{file}: SMS Planner darf diese Datei nicht lesen.</translation>
    </message>
    <message numerus="yes">
        <source>{file}: dry run, nothing written; %n campaign(s) would be imported.</source>
        <translation>
            <numerusform>{file}: Probelauf, nichts geschrieben; %n Kampagne würde importiert.</numerusform>
            <numerusform>{file}: Probelauf, nichts geschrieben; %n Kampagnen würden importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported {file} as import #{id}: %n campaign(s) created, {updated} updated.</source>
        <translation>
            <numerusform>{file} als Import #{id} importiert: %n Kampagne angelegt, {updated} aktualisiert.</numerusform>
            <numerusform>{file} als Import #{id} importiert: %n Kampagnen angelegt, {updated} aktualisiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: every row has a problem, so nothing was imported.</source>
        <translation>{file}: Jede Zeile hat ein Problem, daher wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Revenue and cost were left out: the file&apos;s money is in {currency}.</source>
        <translation>Umsatz und Kosten wurden ausgelassen: Die Beträge der Datei sind in {currency}.</translation>
    </message>
    <message>
        <source>{file} has none of the columns of a campaign report or a message log. Open your provider&apos;s campaign report or message log instead, or choose the columns that hold the campaign name and the send date.</source>
        <translation>{file} hat keine der Spalten eines Kampagnenberichts oder Nachrichtenprotokolls. Öffnen Sie stattdessen den Kampagnenbericht oder das Nachrichtenprotokoll Ihres Anbieters, oder wählen Sie die Spalten mit Kampagnenname und Versanddatum.</translation>
    </message>
    <message>
        <source>Campaign &apos;{campaign}&apos;: {problem}</source>
        <translation>Kampagne „{campaign}“: {problem}</translation>
    </message>
    <message>
        <source>Every row ({count}): {problem}</source>
        <translation>Jede Zeile ({count}): {problem}</translation>
    </message>
    <message>
        <source>{count} of {rows} rows: {problem}</source>
        <translation>{count} von {rows} Zeilen: {problem}</translation>
    </message>
    <message>
        <source>The file is a campaign report written as labels and values ({labels}), not a table: read as one campaign.</source>
        <translation>Die Datei ist ein Kampagnenbericht aus Bezeichnungen und Werten ({labels}), keine Tabelle: als eine Kampagne gelesen.</translation>
    </message>
    <message numerus="yes">
        <source>The file is a campaign report written as labels and values ({labels}), not a table: read as %n campaign(s) ({sections}).</source>
        <translation>
            <numerusform>Die Datei ist ein Kampagnenbericht aus Bezeichnungen und Werten ({labels}), keine Tabelle: als %n Kampagne gelesen ({sections}).</numerusform>
            <numerusform>Die Datei ist ein Kampagnenbericht aus Bezeichnungen und Werten ({labels}), keine Tabelle: als %n Kampagnen gelesen ({sections}).</numerusform>
        </translation>
    </message>
    <message>
        <source>The campaign name is missing on this row.</source>
        <translation>In dieser Zeile fehlt der Kampagnenname.</translation>
    </message>
    <message>
        <source>The date is missing: when was it sent?</source>
        <translation>Das Datum fehlt: Wann wurde sie gesendet?</translation>
    </message>
    <message>
        <source>Campaign &apos;{name}&apos; on {date} is already on row {row} of this file.</source>
        <translation>Die Kampagne „{name}“ am {date} steht schon in Zeile {row} dieser Datei.</translation>
    </message>
    <message numerus="yes">
        <source>%n total row(s) left out: totals are not campaigns.</source>
        <translation>
            <numerusform>%n Summenzeile ausgelassen: Summen sind keine Kampagnen.</numerusform>
            <numerusform>%n Summenzeilen ausgelassen: Summen sind keine Kampagnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) share their name and day with another send (a test or a re-send, e.g. &apos;{example}&apos;): each is named with its send time.</source>
        <translation>
            <numerusform>%n Kampagne hat Namen und Tag mit einem anderen Versand gemeinsam (ein Test oder erneuter Versand, z. B. „{example}“): Jede wird mit ihrer Sendezeit benannt.</numerusform>
            <numerusform>%n Kampagnen haben Namen und Tag mit einem anderen Versand gemeinsam (ein Test oder erneuter Versand, z. B. „{example}“): Jede wird mit ihrer Sendezeit benannt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s) like these.</source>
        <translation>
            <numerusform>… und %n weiteres Problem dieser Art.</numerusform>
            <numerusform>… und %n weitere Probleme dieser Art.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>{file}: nothing was imported, because some campaigns&apos; figures would not add up with the ones already saved (see the problems listed).</source>
        <translation>{file}: Nichts wurde importiert, weil die Zahlen einiger Kampagnen nicht zu den bereits gespeicherten passen würden (siehe die aufgeführten Probleme).</translation>
    </message>
    <message>
        <source>{file}: the chosen columns do not fit this file; choose them again.</source>
        <translation>{file}: Die gewählten Spalten passen nicht zu dieser Datei; wählen Sie sie neu.</translation>
    </message>
</context>
<context>
    <name>ImportsDialog</name>
    <message>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Every file imported into this database, newest first. Undoing an import puts your campaigns back exactly as they were before it.</source>
        <translation>Alle in diese Datenbank importierten Dateien, neueste zuerst. Ein rückgängig gemachter Import stellt Ihre Kampagnen genau so wieder her, wie sie vorher waren.</translation>
    </message>
    <message>
        <source>No files imported yet. Use File &gt; Import results (Ctrl+O), or drop a file on the window.</source>
        <translation>Noch keine Dateien importiert. Nutzen Sie Datei &gt; Ergebnisse importieren (Strg+O) oder ziehen Sie eine Datei ins Fenster.</translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation>Import &amp;rückgängig machen…</translation>
    </message>
    <message>
        <source>{imported} of {read}</source>
        <translation>{imported} von {read}</translation>
    </message>
    <message numerus="yes">
        <source>{imported} imported; %n row(s) left out</source>
        <translation>
            <numerusform>{imported} importiert; %n Zeile ausgelassen</numerusform>
            <numerusform>{imported} importiert; %n Zeilen ausgelassen</numerusform>
        </translation>
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
    <name>MappingHeader</name>
    <message>
        <source>Phone numbers are personal data: SMS Planner never reads or stores this column.</source>
        <translation>Telefonnummern sind personenbezogene Daten: SMS Planner liest oder speichert diese Spalte nie.</translation>
    </message>
    <message>
        <source>Column {column}: dropped, personal data</source>
        <translation>Spalte {column}: ausgelassen, personenbezogene Daten</translation>
    </message>
    <message>
        <source>Field for column {column}</source>
        <translation>Feld für Spalte {column}</translation>
    </message>
    <message>
        <source>Which figure the column “{column}” holds</source>
        <translation>Welche Zahl die Spalte „{column}“ enthält</translation>
    </message>
    <message>
        <source>{field}, worked out from this rate</source>
        <translation>{field}, aus dieser Rate berechnet</translation>
    </message>
</context>
<context>
    <name>MappingWords</name>
    <message>
        <source>— not used —</source>
        <translation>— ungenutzt —</translation>
    </message>
    <message>
        <source>dropped: personal data</source>
        <translation>ausgelassen: persönliche Daten</translation>
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
    <name>MessageCostBox</name>
    <message>
        <source>Paste or type your message here</source>
        <translation>Nachricht hier einfügen oder eingeben</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Nachrichtentext</translation>
    </message>
    <message>
        <source>Replace curly quotes and dashes</source>
        <translation>Typografische Zeichen ersetzen</translation>
    </message>
    <message>
        <source>Swap look-alike characters for plain ones so the message can go as GSM-7 (cheaper: 160 characters per part, not 70)</source>
        <translation>Ähnlich aussehende Zeichen durch einfache ersetzen, damit die Nachricht als GSM-7 gehen kann (günstiger: 160 Zeichen pro Teil statt 70)</translation>
    </message>
    <message>
        <source>People to text</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Price per message part</source>
        <translation>Preis pro Nachrichtenteil</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>How it arrives, part by part</source>
        <translation>So kommt sie an, Teil für Teil</translation>
    </message>
    <message>
        <source>The message split into its billed parts</source>
        <translation>Die Nachricht in ihre abgerechneten Teile zerlegt</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Part {part} of {parts}&lt;/b&gt; · %n character(s)&lt;br&gt;&lt;span&gt;{text}&lt;/span&gt;&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Teil {part} von {parts}&lt;/b&gt; · %n Zeichen&lt;br&gt;&lt;span&gt;{text}&lt;/span&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Teil {part} von {parts}&lt;/b&gt; · %n Zeichen&lt;br&gt;&lt;span&gt;{text}&lt;/span&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message part(s)</source>
        <translation>
            <numerusform>%n Nachrichtenteil</numerusform>
            <numerusform>%n Nachrichtenteile</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln Zeichen</numerusform>
            <numerusform>%Ln Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>einfacher Text</translation>
    </message>
    <message>
        <source>with special characters</source>
        <translation>mit Sonderzeichen</translation>
    </message>
    <message>
        <source>Encoding: {encoding}. Message parts (SMS segments) are the pieces the network splits a long text into; each part is billed.</source>
        <translation>Kodierung: {encoding}. Nachrichtenteile (SMS-Segmente) sind die Stücke, in die das Netz einen langen Text zerlegt; jeder Teil wird berechnet.</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left in the last part.</source>
        <translation>
            <numerusform>%n Zeichen frei im letzten Teil.</numerusform>
            <numerusform>%n Zeichen frei im letzten Teil.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plain text fits 160 characters in one part, 153 per part when the message needs several.</source>
        <translation>Einfacher Text fasst 160 Zeichen in einem Teil, 153 pro Teil, wenn die Nachricht mehrere braucht.</translation>
    </message>
    <message>
        <source>Symbols like € [ ] { } ~ ^ | \ count as two.</source>
        <translation>Symbole wie € [ ] { } ~ ^ | \ zählen doppelt.</translation>
    </message>
    <message>
        <source>Special characters (like emoji or curly quotes) make each text part shorter: 70 characters instead of 160 (67 instead of 153 per part when the message needs several).</source>
        <translation>Sonderzeichen (wie Emojis oder typografische Anführungszeichen) machen jeden Teil kürzer: 70 Zeichen statt 160 (67 statt 153 pro Teil, wenn die Nachricht mehrere braucht).</translation>
    </message>
    <message>
        <source>An emoji counts as two.</source>
        <translation>Ein Emoji zählt doppelt.</translation>
    </message>
    <message>
        <source>Technically: {units} GSM-7 septets in {encoding} encoding; {per_part} per part at this length.</source>
        <translation>Technisch: {units} GSM-7-Septette in {encoding}-Kodierung; {per_part} pro Teil bei dieser Länge.</translation>
    </message>
    <message>
        <source>Technically: {units} UTF-16 code units in {encoding} encoding; {per_part} per part at this length.</source>
        <translation>Technisch: {units} UTF-16-Codeeinheiten in {encoding}-Kodierung; {per_part} pro Teil bei dieser Länge.</translation>
    </message>
    <message>
        <source>The special characters here: {characters}</source>
        <translation>Die Sonderzeichen hier: {characters}</translation>
    </message>
    <message>
        <source>These characters are not in the GSM-7 alphabet, so the whole message goes as UCS-2.</source>
        <translation>Diese Zeichen gehören nicht zum GSM-7-Alphabet, daher geht die ganze Nachricht als UCS-2.</translation>
    </message>
    <message numerus="yes">
        <source>{cost}  ({parts} × %Ln person(s) × {price})</source>
        <translation>
            <numerusform>{cost}  ({parts} × %Ln Person × {price})</numerusform>
            <numerusform>{cost}  ({parts} × %Ln Personen × {price})</numerusform>
        </translation>
    </message>
    <message>
        <source>from your message text ({kind})</source>
        <translation>aus Ihrem Nachrichtentext ({kind})</translation>
    </message>
</context>
<context>
    <name>NextSendBox</name>
    <message>
        <source>Plan the next send</source>
        <translation>Nächsten Versand planen</translation>
    </message>
    <message>
        <source>Open in Plan</source>
        <translation>In Planung öffnen</translation>
    </message>
    <message>
        <source>The what-if panel with this history: change the audience, costs and revenue there</source>
        <translation>Die Was-wäre-wenn-Ansicht mit diesem Verlauf: Ändern Sie dort Empfänger, Kosten und Umsatz</translation>
    </message>
    <message>
        <source>No past campaigns to {segment} with conversions recorded yet: type a rate in Plan to forecast.</source>
        <translation>Noch keine früheren Kampagnen an {segment} mit erfassten Konversionen: Geben Sie in der Planung eine Rate ein, um zu prognostizieren.</translation>
    </message>
    <message>
        <source>No past campaigns with conversions recorded yet: type a rate in Plan to forecast.</source>
        <translation>Noch keine früheren Kampagnen mit erfassten Konversionen: Geben Sie in der Planung eine Rate ein, um zu prognostizieren.</translation>
    </message>
    <message numerus="yes">
        <source>Texting {people} person(s), as you usually do, should bring about {expected} conversions (likely {low80}–{high80}; 95%: {low95}–{high95}).</source>
        <translation>
            <numerusform>Eine SMS an {people} Person wie üblich sollte etwa {expected} Konversionen bringen (wahrscheinlich {low80}–{high80}; 95 %: {low95}–{high95}).</numerusform>
            <numerusform>Eine SMS an {people} Personen wie üblich sollte etwa {expected} Konversionen bringen (wahrscheinlich {low80}–{high80}; 95 %: {low95}–{high95}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This forecast is based on your last {count} campaign(s) to {segment} (of {of}), since {since}.</source>
        <translation>
            <numerusform>Diese Prognose beruht auf Ihrer letzten {count} Kampagne an {segment} (von {of}), seit {since}.</numerusform>
            <numerusform>Diese Prognose beruht auf Ihren letzten {count} Kampagnen an {segment} (von {of}), seit {since}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This forecast is based on your last {count} campaign(s) (of {of}), since {since}.</source>
        <translation>
            <numerusform>Diese Prognose beruht auf Ihrer letzten {count} Kampagne (von {of}), seit {since}.</numerusform>
            <numerusform>Diese Prognose beruht auf Ihren letzten {count} Kampagnen (von {of}), seit {since}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This forecast is based on your last {count} campaign(s) to {segment}, since {since}.</source>
        <translation>
            <numerusform>Diese Prognose beruht auf Ihrer letzten {count} Kampagne an {segment}, seit {since}.</numerusform>
            <numerusform>Diese Prognose beruht auf Ihren letzten {count} Kampagnen an {segment}, seit {since}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This forecast is based on your last {count} campaign(s), since {since}.</source>
        <translation>
            <numerusform>Diese Prognose beruht auf Ihrer letzten {count} Kampagne, seit {since}.</numerusform>
            <numerusform>Diese Prognose beruht auf Ihren letzten {count} Kampagnen, seit {since}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This forecast is based on {count} campaign(s) to {segment} since {since}.</source>
        <translation>
            <numerusform>Diese Prognose beruht auf {count} Kampagne an {segment} seit {since}.</numerusform>
            <numerusform>Diese Prognose beruht auf {count} Kampagnen an {segment} seit {since}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This forecast is based on {count} campaign(s) since {since}.</source>
        <translation>
            <numerusform>Diese Prognose beruht auf {count} Kampagne seit {since}.</numerusform>
            <numerusform>Diese Prognose beruht auf {count} Kampagnen seit {since}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Edit planned send</source>
        <translation>Geplanten Versand bearbeiten</translation>
    </message>
    <message>
        <source>Plan a send</source>
        <translation>Versand planen</translation>
    </message>
    <message>
        <source>at</source>
        <translation>um</translation>
    </message>
    <message>
        <source>Everyone (all past campaigns)</source>
        <translation>Alle (alle früheren Kampagnen)</translation>
    </message>
    <message>
        <source> people</source>
        <translation> Personen</translation>
    </message>
    <message>
        <source>The text you will send, with how to stop (e.g. Reply STOP to opt out)</source>
        <translation>Der Text, den Sie senden, mit Abmeldehinweis (z. B. „STOP zum Abmelden“)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Send on</source>
        <translation>Senden am</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>People to text</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>{day} send</source>
        <translation>Versand {day}</translation>
    </message>
    <message numerus="yes">
        <source>%n message part(s) per person</source>
        <translation>
            <numerusform>%n Nachrichtenteil pro Person</numerusform>
            <numerusform>%n Nachrichtenteile pro Person</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the send a name.</source>
        <translation>Geben Sie dem Versand einen Namen.</translation>
    </message>
    <message>
        <source>&lt;p&gt;No forecast yet: there is no past campaign with results for this segment to learn from.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Noch keine Prognose: Es gibt keine frühere Kampagne mit Ergebnissen für dieses Segment, aus der sich lernen lässt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;About {orders} orders&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;Etwa {orders} Bestellungen&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;{low80} to {high80} orders 8 times in 10 (80% range); {low95} to {high95} 19 times in 20 (95% range).&lt;/p&gt;</source>
        <translation>&lt;p&gt;{low80} bis {high80} Bestellungen in 8 von 10 Fällen (80-%-Bereich); {low95} bis {high95} in 19 von 20 Fällen (95-%-Bereich).&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Cost about &lt;b&gt;{cost}&lt;/b&gt; (%n part(s) × {people} people).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Kosten etwa &lt;b&gt;{cost}&lt;/b&gt; (%n Teil × {people} Personen).&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Kosten etwa &lt;b&gt;{cost}&lt;/b&gt; (%n Teile × {people} Personen).&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Revenue {low} to {high}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Umsatz {low} bis {high}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#2e7d32&apos;&gt;✓ No warnings for this send.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#2e7d32&apos;&gt;✓ Keine Warnungen für diesen Versand.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>⚠ Check before sending</source>
        <translation>⚠ Vor dem Senden prüfen</translation>
    </message>
</context>
<context>
    <name>PlanUndoWords</name>
    <message>
        <source>Plan “{name}”</source>
        <translation>„{name}“ planen</translation>
    </message>
    <message>
        <source>Edit plan “{name}”</source>
        <translation>Plan „{name}“ bearbeiten</translation>
    </message>
    <message>
        <source>Move “{name}” to {day}</source>
        <translation>„{name}“ auf {day} verschieben</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>What if</source>
        <translation>Was wäre, wenn</translation>
    </message>
    <message>
        <source>Message cost</source>
        <translation>Nachrichtenkosten</translation>
    </message>
    <message>
        <source>A/B tests</source>
        <translation>A/B-Tests</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planen</translation>
    </message>
</context>
<context>
    <name>PlanWords</name>
    <message>
        <source>en_US</source>
        <translation>de</translation>
    </message>
    <message numerus="yes">
        <source>Based on your last %n campaign(s) to {segment} (of {available}), since {since}.</source>
        <translation>
            <numerusform>Beruht auf Ihrer letzten %n Kampagne an {segment} (von {available}), seit {since}.</numerusform>
            <numerusform>Beruht auf Ihren letzten %n Kampagnen an {segment} (von {available}), seit {since}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Based on your last %n campaign(s) (of {available}), since {since}.</source>
        <translation>
            <numerusform>Beruht auf Ihrer letzten %n Kampagne (von {available}), seit {since}.</numerusform>
            <numerusform>Beruht auf Ihren letzten %n Kampagnen (von {available}), seit {since}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Based on your last %n campaign(s) to {segment}, since {since}.</source>
        <translation>
            <numerusform>Beruht auf Ihrer letzten %n Kampagne an {segment}, seit {since}.</numerusform>
            <numerusform>Beruht auf Ihren letzten %n Kampagnen an {segment}, seit {since}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Based on your last %n campaign(s), since {since}.</source>
        <translation>
            <numerusform>Beruht auf Ihrer letzten %n Kampagne, seit {since}.</numerusform>
            <numerusform>Beruht auf Ihren letzten %n Kampagnen, seit {since}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Based on %n campaign(s) to {segment} since {since}.</source>
        <translation>
            <numerusform>Beruht auf %n Kampagne an {segment} seit {since}.</numerusform>
            <numerusform>Beruht auf %n Kampagnen an {segment} seit {since}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Based on %n campaign(s) since {since}.</source>
        <translation>
            <numerusform>Beruht auf %n Kampagne seit {since}.</numerusform>
            <numerusform>Beruht auf %n Kampagnen seit {since}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only sends with the offer “{offer}” are counted.</source>
        <translation>Es zählen nur Versände mit dem Angebot „{offer}“.</translation>
    </message>
    <message>
        <source>Your rate has been rising; this forecast follows that trend to {date}.</source>
        <translation>Ihre Rate ist gestiegen; diese Prognose führt diesen Trend bis zum {date} fort.</translation>
    </message>
    <message>
        <source>Your rate has been falling; this forecast follows that trend to {date}.</source>
        <translation>Ihre Rate ist gesunken; diese Prognose führt diesen Trend bis zum {date} fort.</translation>
    </message>
    <message>
        <source>No clear rise or fall in your rate: this forecast uses its recent level, and its range allows for the small drift chance cannot rule out.</source>
        <translation>Kein klarer Anstieg oder Rückgang Ihrer Rate: Diese Prognose nutzt ihr jüngstes Niveau, und ihr Bereich berücksichtigt die kleine Drift, die der Zufall nicht ausschließen kann.</translation>
    </message>
    <message numerus="yes">
        <source>With %n campaign(s) a rise or fall cannot be told from chance: this forecast uses your usual level.</source>
        <translation>
            <numerusform>Mit %n Kampagne lässt sich ein Anstieg oder Rückgang nicht vom Zufall unterscheiden: Diese Prognose nutzt Ihr übliches Niveau.</numerusform>
            <numerusform>Mit %n Kampagnen lässt sich ein Anstieg oder Rückgang nicht vom Zufall unterscheiden: Diese Prognose nutzt Ihr übliches Niveau.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>How much results vary from send to send is learned together with your other segments (%n campaign(s)), as this one has only {own}.</source>
        <translation>
            <numerusform>Wie stark die Ergebnisse von Versand zu Versand schwanken, wird zusammen mit Ihren anderen Segmenten gelernt (%n Kampagne), da dieses nur {own} hat.</numerusform>
            <numerusform>Wie stark die Ergebnisse von Versand zu Versand schwanken, wird zusammen mit Ihren anderen Segmenten gelernt (%n Kampagnen), da dieses nur {own} hat.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The range is wide because history is short: only %n past campaign(s) to learn how much results vary.</source>
        <translation>
            <numerusform>Der Bereich ist breit, weil die Historie kurz ist: nur %n frühere Kampagne, um zu lernen, wie stark die Ergebnisse schwanken.</numerusform>
            <numerusform>Der Bereich ist breit, weil die Historie kurz ist: nur %n frühere Kampagnen, um zu lernen, wie stark die Ergebnisse schwanken.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no past campaigns for the segment “{segment}” with both conversions and recipients recorded, so there is no history to forecast from. Type an expected rate instead.</source>
        <translation>Für das Segment „{segment}“ gibt es keine früheren Kampagnen mit erfassten Konversionen und Empfängern, also keine Historie für eine Prognose. Geben Sie stattdessen eine erwartete Rate ein.</translation>
    </message>
    <message>
        <source>There are no past campaigns with both conversions and recipients recorded, so there is no history to forecast from. Type an expected rate instead.</source>
        <translation>Es gibt keine früheren Kampagnen mit erfassten Konversionen und Empfängern, also keine Historie für eine Prognose. Geben Sie stattdessen eine erwartete Rate ein.</translation>
    </message>
    <message>
        <source>United States (federal)</source>
        <translation>USA (Bundesrecht)</translation>
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
        <translation>Frankreich</translation>
    </message>
    <message>
        <source>United States (federal): {start}–{end}</source>
        <translation>USA (Bundesrecht): {start}–{end}</translation>
    </message>
    <message>
        <source>Maryland, Washington: {start}–{end}</source>
        <translation>Maryland, Washington: {start}–{end}</translation>
    </message>
    <message>
        <source>Florida, Oklahoma: {start}–{end}, at most {most} texts in 24 hours</source>
        <translation>Florida, Oklahoma: {start}–{end}, höchstens {most} SMS in 24 Stunden</translation>
    </message>
    <message>
        <source>France: {start}–{end}, no texts on Sundays or public holidays</source>
        <translation>Frankreich: {start}–{end}, keine SMS an Sonn- und Feiertagen</translation>
    </message>
    <message numerus="yes">
        <source>{segment} also get “{name}” the same day: texting the same people within %n day(s) tires them and raises opt-outs.</source>
        <translation>
            <numerusform>{segment} bekommen am selben Tag auch „{name}“: Dieselben Leute innerhalb von %n Tag anzuschreiben, ermüdet sie und erhöht die Abmeldungen.</numerusform>
            <numerusform>{segment} bekommen am selben Tag auch „{name}“: Dieselben Leute innerhalb von %n Tagen anzuschreiben, ermüdet sie und erhöht die Abmeldungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{segment} also get “{name}” %n day(s) earlier: texting the same people within {days} days tires them and raises opt-outs.</source>
        <translation>
            <numerusform>{segment} bekommen %n Tag vorher auch „{name}“: Dieselben Leute innerhalb von {days} Tagen anzuschreiben, ermüdet sie und erhöht die Abmeldungen.</numerusform>
            <numerusform>{segment} bekommen %n Tage vorher auch „{name}“: Dieselben Leute innerhalb von {days} Tagen anzuschreiben, ermüdet sie und erhöht die Abmeldungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{segment} also get “{name}” %n day(s) later: texting the same people within {days} days tires them and raises opt-outs.</source>
        <translation>
            <numerusform>{segment} bekommen %n Tag später auch „{name}“: Dieselben Leute innerhalb von {days} Tagen anzuschreiben, ermüdet sie und erhöht die Abmeldungen.</numerusform>
            <numerusform>{segment} bekommen %n Tage später auch „{name}“: Dieselben Leute innerhalb von {days} Tagen anzuschreiben, ermüdet sie und erhöht die Abmeldungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>{time} is outside the hours marketing texts may go out ({start}–{end}, {rule}).</source>
        <translation>{time} liegt außerhalb der Zeiten, zu denen Werbe-SMS verschickt werden dürfen ({start}–{end}, {rule}).</translation>
    </message>
    <message>
        <source>Marketing texts may not go out on Sundays under the rule you follow (France).</source>
        <translation>Nach der Regel, der Sie folgen (Frankreich), dürfen sonntags keine Werbe-SMS verschickt werden.</translation>
    </message>
    <message>
        <source>Marketing texts may not go out on public holidays under the rule you follow (France): {holiday}.</source>
        <translation>Nach der Regel, der Sie folgen (Frankreich), dürfen an Feiertagen keine Werbe-SMS verschickt werden: {holiday}.</translation>
    </message>
    <message numerus="yes">
        <source>{segment} would get %n text(s) within 24 hours; the rule you follow allows at most {most}.</source>
        <translation>
            <numerusform>{segment} bekämen %n SMS innerhalb von 24 Stunden; die Regel, der Sie folgen, erlaubt höchstens {most}.</numerusform>
            <numerusform>{segment} bekämen %n SMS innerhalb von 24 Stunden; die Regel, der Sie folgen, erlaubt höchstens {most}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{date} is a public holiday ({holiday}): people may be away, and some shops see fewer orders.</source>
        <translation>{date} ist ein Feiertag ({holiday}): Viele sind unterwegs, und manche Geschäfte sehen weniger Bestellungen.</translation>
    </message>
    <message>
        <source>The message does not say how to stop getting texts (like “Reply STOP to opt out”): carriers require it.</source>
        <translation>Die Nachricht sagt nicht, wie man sich abmeldet (etwa „STOP zum Abmelden“): Netzbetreiber verlangen das.</translation>
    </message>
    <message>
        <source>{month} would cost {cost}, above your monthly budget of {budget}.</source>
        <translation>{month} würde {cost} kosten, mehr als Ihr Monatsbudget von {budget}.</translation>
    </message>
    <message>
        <source>Opt-outs in {segment} are rising. Consider texting them less often.</source>
        <translation>Die Abmeldungen in {segment} steigen. Schreiben Sie diese Kunden vielleicht seltener an.</translation>
    </message>
    <message>
        <source>Opt-outs in your list are rising. Consider texting them less often.</source>
        <translation>Die Abmeldungen in Ihrer Liste steigen. Schreiben Sie diese Kunden vielleicht seltener an.</translation>
    </message>
    <message>
        <source>Opt-outs in {segment} are rising: from {from} to {to} of recipients ({start} – {end}). Consider texting them less often.</source>
        <translation>Die Abmeldungen in {segment} steigen: von {from} auf {to} der Empfänger ({start} – {end}). Schreiben Sie diese Kunden vielleicht seltener an.</translation>
    </message>
    <message>
        <source>Opt-outs in your list are rising: from {from} to {to} of recipients ({start} – {end}). Consider texting them less often.</source>
        <translation>Die Abmeldungen in Ihrer Liste steigen: von {from} auf {to} der Empfänger ({start} – {end}). Schreiben Sie diese Kunden vielleicht seltener an.</translation>
    </message>
    <message>
        <source>{date} is in the past: a plan is for a send still to come (record a past send with its results instead).</source>
        <translation>{date} liegt in der Vergangenheit: Ein Plan ist für einen künftigen Versand (erfassen Sie einen vergangenen Versand stattdessen mit seinen Ergebnissen).</translation>
    </message>
    <message>
        <source>The audience is 0: say how many people the send will text.</source>
        <translation>Die Empfängerzahl ist 0: Geben Sie an, wie viele Personen der Versand erreichen soll.</translation>
    </message>
    <message>
        <source>There is no segment named “{segment}”: did you mean “{guess}”?</source>
        <translation>Es gibt kein Segment namens „{segment}“: Meinten Sie „{guess}“?</translation>
    </message>
    <message>
        <source>“{name}” has been sent: only planned sends can be moved.</source>
        <translation>„{name}“ wurde bereits gesendet: Nur geplante Versände lassen sich verschieben.</translation>
    </message>
</context>
<context>
    <name>PlanningRulesBox</name>
    <message>
        <source>Planning warnings</source>
        <translation>Planungswarnungen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>never warn</source>
        <translation>nie warnen</translation>
    </message>
    <message>
        <source>Warn when the same segment is texted twice within this many days</source>
        <translation>Warnen, wenn dasselbe Segment innerhalb so vieler Tage zweimal angeschrieben wird</translation>
    </message>
    <message>
        <source>besides “Reply STOP” and “STOP to end”</source>
        <translation>zusätzlich zu „Reply STOP“ und „STOP to end“</translation>
    </message>
    <message>
        <source>No public holidays</source>
        <translation>Keine Feiertage</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>kein Budget</translation>
    </message>
    <message>
        <source>Same segment again within</source>
        <translation>Dasselbe Segment erneut binnen</translation>
    </message>
    <message>
        <source>Sending hours</source>
        <translation>Versandzeiten</translation>
    </message>
    <message>
        <source>Your opt-out wording</source>
        <translation>Ihr Abmeldetext</translation>
    </message>
    <message>
        <source>Public holidays of</source>
        <translation>Feiertage von</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>Monatsbudget</translation>
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
    <name>PreviewTable</name>
    <message>
        <source>Preview of the file</source>
        <translation>Vorschau der Datei</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>In der Datei gefundene Probleme</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n problem(s)&lt;/b&gt; — click one to see it in the preview (first {shown} listed)</source>
        <translation>
            <numerusform>&lt;b&gt;%n Problem&lt;/b&gt; – klicken Sie darauf, um es in der Vorschau zu sehen (die ersten {shown} aufgelistet)</numerusform>
            <numerusform>&lt;b&gt;%n Probleme&lt;/b&gt; – klicken Sie auf eines, um es in der Vorschau zu sehen (die ersten {shown} aufgelistet)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n problem(s)&lt;/b&gt; — click one to see it in the preview</source>
        <translation>
            <numerusform>&lt;b&gt;%n Problem&lt;/b&gt; – klicken Sie darauf, um es in der Vorschau zu sehen</numerusform>
            <numerusform>&lt;b&gt;%n Probleme&lt;/b&gt; – klicken Sie auf eines, um es in der Vorschau zu sehen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadSettingsPanel</name>
    <message>
        <source>Sheet</source>
        <translation>Blatt</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Zeichenkodierung</translation>
    </message>
    <message>
        <source>Column separator</source>
        <translation>Spaltentrenner</translation>
    </message>
    <message>
        <source>Numbers look like</source>
        <translation>Zahlen sehen so aus</translation>
    </message>
    <message>
        <source>Date order</source>
        <translation>Datumsreihenfolge</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Kopfzeile</translation>
    </message>
    <message>
        <source>The spreadsheet row that holds the column names</source>
        <translation>Die Tabellenzeile mit den Spaltennamen</translation>
    </message>
    <message>
        <source>&amp;Sheet</source>
        <translation>&amp;Blatt</translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation>&amp;Kodierung</translation>
    </message>
    <message>
        <source>Column se&amp;parator</source>
        <translation>Spalten&amp;trenner</translation>
    </message>
    <message>
        <source>&amp;Numbers look like</source>
        <translation>&amp;Zahlen sehen so aus</translation>
    </message>
    <message>
        <source>&amp;Date order</source>
        <translation>&amp;Datumsreihenfolge</translation>
    </message>
    <message>
        <source>&amp;Header row</source>
        <translation>Kopf&amp;zeile</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 mit BOM</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (westeuropäisch)</translation>
    </message>
    <message>
        <source>Comma  ,</source>
        <translation>Komma  ,</translation>
    </message>
    <message>
        <source>Semicolon  ;</source>
        <translation>Semikolon  ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Bar  |</source>
        <translation>Senkrechter Strich  |</translation>
    </message>
    <message>
        <source>1,234.50  (decimal point)</source>
        <translation>1,234.50  (Dezimalpunkt)</translation>
    </message>
    <message>
        <source>1.234,50  (decimal comma)</source>
        <translation>1.234,50  (Dezimalkomma)</translation>
    </message>
    <message>
        <source>1 234,50  (comma, space)</source>
        <translation>1 234,50  (Komma, Leerzeichen)</translation>
    </message>
    <message>
        <source>1234.50  (point, no separator)</source>
        <translation>1234.50  (Punkt, ohne Trenner)</translation>
    </message>
    <message>
        <source>1234,50  (comma, no separator)</source>
        <translation>1234,50  (Komma, ohne Trenner)</translation>
    </message>
    <message>
        <source>Work it out from the dates</source>
        <translation>Aus den Daten ermitteln</translation>
    </message>
    <message>
        <source>Day first  (31.12.2026)</source>
        <translation>Tag zuerst  (31.12.2026)</translation>
    </message>
    <message>
        <source>Month first  (12/31/2026)</source>
        <translation>Monat zuerst  (12/31/2026)</translation>
    </message>
    <message>
        <source>Dates read day first.</source>
        <translation>Daten mit Tag zuerst gelesen.</translation>
    </message>
    <message>
        <source>Dates read month first.</source>
        <translation>Daten mit Monat zuerst gelesen.</translation>
    </message>
</context>
<context>
    <name>ReportActionWords</name>
    <message>
        <source>Save report as PDF</source>
        <translation>Bericht als PDF speichern</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <source>SMS report {period}.pdf</source>
        <translation>SMS-Bericht {period}.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the report for {period} to {path}.</source>
        <translation>Bericht für {period} gespeichert unter {path}.</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>SMS campaign report {period}</source>
        <translation>SMS-Kampagnenbericht {period}</translation>
    </message>
    <message>
        <source>Sent the report for {period} to the printer.</source>
        <translation>Bericht für {period} an den Drucker gesendet.</translation>
    </message>
</context>
<context>
    <name>ReportPeriodDialog</name>
    <message>
        <source>A month</source>
        <translation>Ein Monat</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Month of the report</source>
        <translation>Monat des Berichts</translation>
    </message>
    <message>
        <source>First day of the report</source>
        <translation>Erster Tag des Berichts</translation>
    </message>
    <message>
        <source>Last day of the report</source>
        <translation>Letzter Tag des Berichts</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Which campaigns should the report cover?</source>
        <translation>Welche Kampagnen soll der Bericht umfassen?</translation>
    </message>
    <message>
        <source>The first day is after the last day: swap them.</source>
        <translation>Der erste Tag liegt nach dem letzten: Tauschen Sie sie.</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <source>likely {range} · {count} of {total} delivered</source>
        <translation>wahrscheinlich {range} · {count} von {total} zugestellt</translation>
    </message>
    <message>
        <source>likely {range} · {count} of {total} sent</source>
        <translation>wahrscheinlich {range} · {count} von {total} versandt</translation>
    </message>
    <message>
        <source>likely {range} · {count} of {total} delivered or sent</source>
        <translation>wahrscheinlich {range} · {count} von {total} zugestellt oder versandt</translation>
    </message>
    <message>
        <source>delivered ({count})</source>
        <translation>zugestellt ({count})</translation>
    </message>
    <message>
        <source>conversions ({count})</source>
        <translation>Konversionen ({count})</translation>
    </message>
    <message>
        <source>revenue ({count})</source>
        <translation>Umsatz ({count})</translation>
    </message>
    <message>
        <source>cost ({count})</source>
        <translation>Kosten ({count})</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>Versandte Nachrichten</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Konversionen</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Revenue minus cost</source>
        <translation>Umsatz minus Kosten</translation>
    </message>
    <message>
        <source>Not known for some campaigns, left out of the totals: {list}.</source>
        <translation>Für einige Kampagnen unbekannt, nicht in den Summen: {list}.</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Raten</translation>
    </message>
    <message>
        <source>Best offer</source>
        <translation>Bestes Angebot</translation>
    </message>
    <message>
        <source>Worst offer</source>
        <translation>Schwächstes Angebot</translation>
    </message>
    <message>
        <source>Best segment</source>
        <translation>Bestes Segment</translation>
    </message>
    <message>
        <source>Worst segment</source>
        <translation>Schwächstes Segment</translation>
    </message>
    <message numerus="yes">
        <source>likely {low} – {high} · {count} campaign(s)</source>
        <translation>
            <numerusform>wahrscheinlich {low} – {high} · {count} Kampagne</numerusform>
            <numerusform>wahrscheinlich {low} – {high} · {count} Kampagnen</numerusform>
        </translation>
    </message>
    <message>
        <source>The best and worst segment and offer have overlapping ranges: the difference could be chance, treat it as a hint.</source>
        <translation>Bestes und schwächstes Segment und Angebot haben überlappende Spannen: Der Unterschied könnte Zufall sein, nehmen Sie ihn als Hinweis.</translation>
    </message>
    <message>
        <source>The best and worst offer have overlapping ranges: the difference could be chance, treat it as a hint.</source>
        <translation>Bestes und schwächstes Angebot haben überlappende Spannen: Der Unterschied könnte Zufall sein, nehmen Sie ihn als Hinweis.</translation>
    </message>
    <message>
        <source>The best and worst segment have overlapping ranges: the difference could be chance, treat it as a hint.</source>
        <translation>Bestes und schwächstes Segment haben überlappende Spannen: Der Unterschied könnte Zufall sein, nehmen Sie ihn als Hinweis.</translation>
    </message>
    <message>
        <source>What worked best (conversion rate)</source>
        <translation>Was am besten lief (Konversionsrate)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Likely range</source>
        <translation>Wahrsch. Spanne</translation>
    </message>
    <message>
        <source>Largest campaigns</source>
        <translation>Größte Kampagnen</translation>
    </message>
    <message>
        <source>Next planned sends</source>
        <translation>Nächste geplante Versände</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>No SMS campaigns were sent in this period.</source>
        <translation>In diesem Zeitraum wurden keine SMS-Kampagnen versandt.</translation>
    </message>
    <message>
        <source>Choose another month or range, or import your results first.</source>
        <translation>Wählen Sie einen anderen Monat oder Zeitraum, oder importieren Sie zuerst Ihre Ergebnisse.</translation>
    </message>
    <message>
        <source>Conversion rate = people who converted ÷ people who received the message. “Likely” ranges are 95% intervals: with small campaigns they are wide, and two overlapping ranges may not really differ.</source>
        <translation>Konversionsrate = Personen mit Konversion ÷ Personen, die die Nachricht erhielten. „Wahrscheinliche“ Spannen sind 95-%-Intervalle: Bei kleinen Kampagnen sind sie breit, und zwei überlappende Spannen unterscheiden sich vielleicht nicht wirklich.</translation>
    </message>
    <message>
        <source>SMS campaign report: {period}</source>
        <translation>SMS-Kampagnenbericht: {period}</translation>
    </message>
    <message>
        <source>{days} · made on {made} with {app}</source>
        <translation>{days} · erstellt am {made} mit {app}</translation>
    </message>
    <message>
        <source>made on {made} with {app}</source>
        <translation>erstellt am {made} mit {app}</translation>
    </message>
    <message>
        <source>Added up by month</source>
        <translation>Pro Monat summiert</translation>
    </message>
    <message>
        <source>No campaigns in this period.</source>
        <translation>Keine Kampagnen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Could not write {path}</source>
        <translation>{path} konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>RowLegend</name>
    <message>
        <source>Highlighted rows</source>
        <translation>Hervorgehobene Zeilen</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Zeilen:</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
</context>
<context>
    <name>SchemaUpdateDialog</name>
    <message>
        <source>Updating your campaign file</source>
        <translation>Ihre Kampagnendatei wird aktualisiert</translation>
    </message>
    <message>
        <source>Updating your campaign file to the new version. A backup is made first; for a big file this can take a few minutes.</source>
        <translation>Ihre Kampagnendatei wird auf die neue Version aktualisiert. Zuerst wird eine Sicherung angelegt; bei einer großen Datei kann das einige Minuten dauern.</translation>
    </message>
    <message>
        <source>Making a backup first…</source>
        <translation>Zuerst wird eine Sicherung angelegt…</translation>
    </message>
    <message>
        <source>Updating the file to the new version…</source>
        <translation>Die Datei wird auf die neue Version aktualisiert…</translation>
    </message>
    <message>
        <source>Converting messages: {done} of {total}</source>
        <translation>Nachrichten werden umgewandelt: {done} von {total}</translation>
    </message>
    <message>
        <source>Saving the converted messages…</source>
        <translation>Die umgewandelten Nachrichten werden gespeichert…</translation>
    </message>
    <message>
        <source>Counting each campaign&apos;s totals again…</source>
        <translation>Die Summen jeder Kampagne werden neu gezählt…</translation>
    </message>
    <message>
        <source>Tidying up the file; this last step can take a minute.</source>
        <translation>Die Datei wird aufgeräumt; dieser letzte Schritt kann eine Minute dauern.</translation>
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
        <translation>Kampagnendatei aktualisiert: jetzt {after} statt {before}. Die alte liegt unter Datei &gt; Sicherungen.</translation>
    </message>
    <message>
        <source>Campaign file updated to this version. The old one is in File &gt; Backups.</source>
        <translation>Kampagnendatei auf diese Version aktualisiert. Die alte liegt unter Datei &gt; Sicherungen.</translation>
    </message>
</context>
<context>
    <name>ShapePanel</name>
    <message>
        <source>What the file holds</source>
        <translation>Was die Datei enthält</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign name</source>
        <translation>Ka&amp;mpagnenname</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Kampagnenname</translation>
    </message>
    <message>
        <source>The file names no campaign: all its rows go into this campaign</source>
        <translation>Die Datei nennt keine Kampagne: Alle Zeilen kommen in diese Kampagne</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the file holds&lt;/b&gt;</source>
        <translation>&lt;b&gt;Was die Datei enthält&lt;/b&gt;</translation>
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
    <name>TestPlanner</name>
    <message>
        <source>Plan a fair test</source>
        <translation>Einen fairen Test planen</translation>
    </message>
    <message>
        <source>Current conversion rate</source>
        <translation>Aktuelle Konversionsrate</translation>
    </message>
    <message>
        <source>Smallest improvement worth finding</source>
        <translation>Kleinste Verbesserung</translation>
    </message>
    <message>
        <source>relative ({from} → {to} is {lift})</source>
        <translation>relativ ({from} → {to} sind {lift})</translation>
    </message>
    <message>
        <source>absolute points ({from} → {to} is 1)</source>
        <translation>absolute Punkte ({from} → {to} ist 1)</translation>
    </message>
    <message>
        <source>Lift is relative or absolute</source>
        <translation>Verbesserung relativ oder absolut</translation>
    </message>
    <message>
        <source>{percent} (usual)</source>
        <translation>{percent} (üblich)</translation>
    </message>
    <message>
        <source>Risk of calling a winner when there is none</source>
        <translation>Risiko, einen Gewinner zu nennen, wo keiner ist</translation>
    </message>
    <message>
        <source>Significance level (alpha): how often a test of two equally good messages would still name a winner.</source>
        <translation>Signifikanzniveau (Alpha): wie oft ein Test zweier gleich guter Nachrichten trotzdem einen Gewinner nennt.</translation>
    </message>
    <message>
        <source>Chance of spotting a real improvement</source>
        <translation>Chance, eine echte Verbesserung zu erkennen</translation>
    </message>
    <message>
        <source>Statistical power: how often a test this size finds B better when it truly is better by the amount above.</source>
        <translation>Teststärke: wie oft ein Test dieser Größe B als besser erkennt, wenn es wirklich um den obigen Betrag besser ist.</translation>
    </message>
    <message>
        <source>Current rate</source>
        <translation>Aktuelle Rate</translation>
    </message>
    <message>
        <source>Risk of a false winner</source>
        <translation>Risiko falscher Gewinner</translation>
    </message>
    <message>
        <source>Chance of spotting it</source>
        <translation>Chance, sie zu erkennen</translation>
    </message>
    <message>
        <source>People needed per message, for other improvements:</source>
        <translation>Benötigte Personen pro Nachricht, für andere Verbesserungen:</translation>
    </message>
    <message>
        <source>People needed for other improvements</source>
        <translation>Benötigte Personen für andere Verbesserungen</translation>
    </message>
    <message>
        <source> points</source>
        <translation> Punkte</translation>
    </message>
    <message>
        <source>That lift would take the rate past {percent}.</source>
        <translation>Diese Verbesserung brächte die Rate über {percent}.</translation>
    </message>
    <message numerus="yes">
        <source>Send each message to %Ln person(s) ({total} in total) to tell {baseline} from {target}.</source>
        <translation>
            <numerusform>Senden Sie jede Nachricht an %Ln Person ({total} insgesamt), um {baseline} von {target} zu unterscheiden.</numerusform>
            <numerusform>Senden Sie jede Nachricht an %Ln Personen ({total} insgesamt), um {baseline} von {target} zu unterscheiden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide the number of recipients before you start and look at the result once. Checking early and stopping when it looks good turns many chance differences into false wins.</source>
        <translation>Legen Sie die Empfängerzahl vor dem Start fest und schauen Sie nur einmal auf das Ergebnis. Wer früh nachsieht und aufhört, sobald es gut aussieht, macht viele Zufallsunterschiede zu falschen Siegen.</translation>
    </message>
    <message>
        <source>Worked out with the standard formula for comparing two rates (hover here to see it).</source>
        <translation>Berechnet mit der Standardformel für den Vergleich zweier Raten (Maus hierher halten, um sie zu sehen).</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message numerus="yes">
        <source>Total: %n campaign(s)</source>
        <translation>
            <numerusform>Summe: %n Kampagne</numerusform>
            <numerusform>Summe: %n Kampagnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sums and pooled rates over the campaigns shown above</source>
        <translation>Summen und zusammengefasste Raten der oben angezeigten Kampagnen</translation>
    </message>
    <message numerus="yes">
        <source>{missing} of %n campaign(s) left out (a count is not known)</source>
        <translation>
            <numerusform>{missing} von %n Kampagne ausgelassen (eine Zahl ist unbekannt)</numerusform>
            <numerusform>{missing} von %n Kampagnen ausgelassen (eine Zahl ist unbekannt)</numerusform>
        </translation>
    </message>
    <message>
        <source>{column}: not known for any campaign shown</source>
        <translation>{column}: für keine angezeigte Kampagne bekannt</translation>
    </message>
    <message numerus="yes">
        <source>{column}: sum over %n campaign(s); {without} without this figure left out</source>
        <translation>
            <numerusform>{column}: Summe über %n Kampagne; {without} ohne diese Zahl ausgelassen</numerusform>
            <numerusform>{column}: Summe über %n Kampagnen; {without} ohne diese Zahl ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{column}: sum over %n campaign(s)</source>
        <translation>
            <numerusform>{column}: Summe über %n Kampagne</numerusform>
            <numerusform>{column}: Summe über %n Kampagnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Pooled conversion rate</source>
        <translation>Gesamte Konversionsrate</translation>
    </message>
    <message>
        <source>Pooled click-through rate</source>
        <translation>Gesamte Klickrate</translation>
    </message>
    <message>
        <source>Pooled response rate</source>
        <translation>Gesamte Antwortrate</translation>
    </message>
    <message>
        <source>Pooled delivery rate</source>
        <translation>Gesamte Zustellrate</translation>
    </message>
</context>
<context>
    <name>TrendChartWords</name>
    <message>
        <source>Typical SMS conversion {low}–{high} (rough industry figure)</source>
        <translation>Übliche SMS-Konversion {low}–{high} (grober Branchenwert)</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Nichts anzuzeigen.</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>Kein Segment</translation>
    </message>
    <message>
        <source>Selected in the table</source>
        <translation>In der Tabelle ausgewählt</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Ausgewählt</translation>
    </message>
    <message>
        <source>Typical {low}–{high} (rough industry figure)</source>
        <translation>Üblich {low}–{high} (grober Branchenwert)</translation>
    </message>
</context>
<context>
    <name>TrendItemWords</name>
    <message numerus="yes">
        <source>({count} other(s)...)</source>
        <translation>
            <numerusform>({count} weiterer...)</numerusform>
            <numerusform>({count} weitere...)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendPlot</name>
    <message>
        <source>Trend chart</source>
        <translation>Trenddiagramm</translation>
    </message>
    <message>
        <source>Send date (as recorded)</source>
        <translation>Versanddatum (wie erfasst)</translation>
    </message>
    <message>
        <source>Added up by month</source>
        <translation>Pro Monat summiert</translation>
    </message>
    <message>
        <source>{metric}: {rate} (95% interval {low} – {high})</source>
        <translation>{metric}: {rate} (95-%-Intervall {low} – {high})</translation>
    </message>
    <message>
        <source>{count} of {total} delivered</source>
        <translation>{count} von {total} zugestellt</translation>
    </message>
    <message>
        <source>{count} of {total} sent</source>
        <translation>{count} von {total} versandt</translation>
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message>
        <source>Rate to show</source>
        <translation>Angezeigte Rate</translation>
    </message>
    <message>
        <source>Pool campaigns by</source>
        <translation>Kampagnen zusammenfassen nach</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Zoom to show every campaign</source>
        <translation>Zoomen, um alle Kampagnen zu zeigen</translation>
    </message>
    <message>
        <source>Export chart as PNG or SVG…</source>
        <translation>Diagramm als PNG oder SVG exportieren…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>By segment</source>
        <translation>Nach Segment</translation>
    </message>
    <message>
        <source>By offer</source>
        <translation>Nach Angebot</translation>
    </message>
    <message>
        <source>By weekday</source>
        <translation>Nach Wochentag</translation>
    </message>
    <message>
        <source>By hour of day</source>
        <translation>Nach Uhrzeit</translation>
    </message>
    <message>
        <source>Break the rate down by</source>
        <translation>Rate aufschlüsseln nach</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Zeigen</translation>
    </message>
    <message>
        <source>How to read this verdict</source>
        <translation>So lesen Sie dieses Urteil</translation>
    </message>
    <message>
        <source>What works best</source>
        <translation>Was am besten wirkt</translation>
    </message>
    <message>
        <source>Added up by week</source>
        <translation>Pro Woche summiert</translation>
    </message>
    <message>
        <source>Added up by month</source>
        <translation>Pro Monat summiert</translation>
    </message>
    <message>
        <source>The campaign shown has no conversions counted.
Pick another rate, or add the counts to your campaigns.</source>
        <translation>Die gezeigte Kampagne hat keine Konversionen erfasst.
Wählen Sie eine andere Rate oder tragen Sie die Zahlen bei Ihren Kampagnen ein.</translation>
    </message>
    <message>
        <source>The campaign shown has no clicks counted.
Pick another rate, or add the counts to your campaigns.</source>
        <translation>Die gezeigte Kampagne hat keine Klicks erfasst.
Wählen Sie eine andere Rate oder tragen Sie die Zahlen bei Ihren Kampagnen ein.</translation>
    </message>
    <message>
        <source>The campaign shown has no replies counted.
Pick another rate, or add the counts to your campaigns.</source>
        <translation>Die gezeigte Kampagne hat keine Antworten erfasst.
Wählen Sie eine andere Rate oder tragen Sie die Zahlen bei Ihren Kampagnen ein.</translation>
    </message>
    <message>
        <source>The campaign shown has no delivered counted.
Pick another rate, or add the counts to your campaigns.</source>
        <translation>Die gezeigte Kampagne hat keine Zustellungen erfasst.
Wählen Sie eine andere Rate oder tragen Sie die Zahlen bei Ihren Kampagnen ein.</translation>
    </message>
    <message numerus="yes">
        <source>None of the {count} campaign(s) shown has conversions counted.
Pick another rate, or add the counts to your campaigns.</source>
        <translation>
            <numerusform>Die gezeigte Kampagne ({count}) hat keine Konversionen erfasst.
Wählen Sie eine andere Rate oder tragen Sie die Zahlen bei Ihren Kampagnen ein.</numerusform>
            <numerusform>Keine der {count} gezeigten Kampagnen hat Konversionen erfasst.
Wählen Sie eine andere Rate oder tragen Sie die Zahlen bei Ihren Kampagnen ein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the {count} campaign(s) shown has clicks counted.
Pick another rate, or add the counts to your campaigns.</source>
        <translation>
            <numerusform>Die gezeigte Kampagne ({count}) hat keine Klicks erfasst.
Wählen Sie eine andere Rate oder tragen Sie die Zahlen bei Ihren Kampagnen ein.</numerusform>
            <numerusform>Keine der {count} gezeigten Kampagnen hat Klicks erfasst.
Wählen Sie eine andere Rate oder tragen Sie die Zahlen bei Ihren Kampagnen ein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the {count} campaign(s) shown has replies counted.
Pick another rate, or add the counts to your campaigns.</source>
        <translation>
            <numerusform>Die gezeigte Kampagne ({count}) hat keine Antworten erfasst.
Wählen Sie eine andere Rate oder tragen Sie die Zahlen bei Ihren Kampagnen ein.</numerusform>
            <numerusform>Keine der {count} gezeigten Kampagnen hat Antworten erfasst.
Wählen Sie eine andere Rate oder tragen Sie die Zahlen bei Ihren Kampagnen ein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the {count} campaign(s) shown has delivered counted.
Pick another rate, or add the counts to your campaigns.</source>
        <translation>
            <numerusform>Die gezeigte Kampagne ({count}) hat keine Zustellungen erfasst.
Wählen Sie eine andere Rate oder tragen Sie die Zahlen bei Ihren Kampagnen ein.</numerusform>
            <numerusform>Keine der {count} gezeigten Kampagnen hat Zustellungen erfasst.
Wählen Sie eine andere Rate oder tragen Sie die Zahlen bei Ihren Kampagnen ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>No campaigns yet.
Add a campaign or import your results, and the trend of your rates will appear here.</source>
        <translation>Noch keine Kampagnen.
Legen Sie eine Kampagne an oder importieren Sie Ihre Ergebnisse, dann erscheint hier der Trend Ihrer Raten.</translation>
    </message>
    <message>
        <source>No campaigns match the filters.
Widen the date range or pick another segment.</source>
        <translation>Keine Kampagne passt zu den Filtern.
Erweitern Sie den Zeitraum oder wählen Sie ein anderes Segment.</translation>
    </message>
    <message>
        <source>Bars: each group&apos;s rate and the range it most likely lies in (95%), allowing for how much campaigns vary; the second number is the people reached.</source>
        <translation>Balken: die Rate jeder Gruppe und die Spanne, in der sie am wahrscheinlichsten liegt (95 %), unter Berücksichtigung der Schwankung der Kampagnen; die zweite Zahl sind die erreichten Personen.</translation>
    </message>
    <message>
        <source>Pale bars: the interval includes the overall rate, so the difference could be chance.</source>
        <translation>Blasse Balken: Das Intervall enthält die Gesamtrate, der Unterschied könnte also Zufall sein.</translation>
    </message>
    <message numerus="yes">
        <source>{count} campaign(s) with no send time left out.</source>
        <translation>
            <numerusform>{count} Kampagne ohne Versandzeit fehlt.</numerusform>
            <numerusform>{count} Kampagnen ohne Versandzeit fehlen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} campaign(s) with nothing recorded here left out.</source>
        <translation>
            <numerusform>{count} Kampagne ohne Angabe hierzu fehlt.</numerusform>
            <numerusform>{count} Kampagnen ohne Angabe hierzu fehlen.</numerusform>
        </translation>
    </message>
    <message>
        <source>* fewer than {count} campaigns.</source>
        <translation>* weniger als {count} Kampagnen.</translation>
    </message>
    <message>
        <source>Wilson 95% interval per group, widened by the campaign-to-campaign spread (overdispersion).</source>
        <translation>Wilson-95-%-Intervall je Gruppe, verbreitert um die Streuung zwischen Kampagnen (Überdispersion).</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>The chart could not be saved to {path}: check the folder exists and you can write to it.</source>
        <translation>Das Diagramm konnte nicht unter {path} gespeichert werden: Prüfen Sie, ob der Ordner existiert und Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG-Bild (*.png);;SVG-Grafik (*.svg)</translation>
    </message>
    <message>
        <source>At the size shown ({width} × {height})</source>
        <translation>In der gezeigten Größe ({width} × {height})</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Bildgröße</translation>
    </message>
</context>
<context>
    <name>VerdictWords</name>
    <message>
        <source>Conversion rate</source>
        <translation>Konversionsrate</translation>
    </message>
    <message>
        <source>Click-through rate</source>
        <translation>Klickrate</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Antwortrate</translation>
    </message>
    <message>
        <source>Delivery rate</source>
        <translation>Zustellrate</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message>
        <source>{years} years</source>
        <translation>{years} Jahre</translation>
    </message>
    <message>
        <source>Conversion rate rose from {start} to {end} over {span} ({first} – {last}); a change this size is unlikely to be chance.</source>
        <translation>Die Konversionsrate stieg von {start} auf {end} ({span}, {first} – {last}); eine Änderung dieser Größe ist kaum Zufall.</translation>
    </message>
    <message>
        <source>Conversion rate fell from {start} to {end} over {span} ({first} – {last}); a change this size is unlikely to be chance.</source>
        <translation>Die Konversionsrate fiel von {start} auf {end} ({span}, {first} – {last}); eine Änderung dieser Größe ist kaum Zufall.</translation>
    </message>
    <message>
        <source>Click-through rate rose from {start} to {end} over {span} ({first} – {last}); a change this size is unlikely to be chance.</source>
        <translation>Die Klickrate stieg von {start} auf {end} ({span}, {first} – {last}); eine Änderung dieser Größe ist kaum Zufall.</translation>
    </message>
    <message>
        <source>Click-through rate fell from {start} to {end} over {span} ({first} – {last}); a change this size is unlikely to be chance.</source>
        <translation>Die Klickrate fiel von {start} auf {end} ({span}, {first} – {last}); eine Änderung dieser Größe ist kaum Zufall.</translation>
    </message>
    <message>
        <source>Response rate rose from {start} to {end} over {span} ({first} – {last}); a change this size is unlikely to be chance.</source>
        <translation>Die Antwortrate stieg von {start} auf {end} ({span}, {first} – {last}); eine Änderung dieser Größe ist kaum Zufall.</translation>
    </message>
    <message>
        <source>Response rate fell from {start} to {end} over {span} ({first} – {last}); a change this size is unlikely to be chance.</source>
        <translation>Die Antwortrate fiel von {start} auf {end} ({span}, {first} – {last}); eine Änderung dieser Größe ist kaum Zufall.</translation>
    </message>
    <message>
        <source>Delivery rate rose from {start} to {end} over {span} ({first} – {last}); a change this size is unlikely to be chance.</source>
        <translation>Die Zustellrate stieg von {start} auf {end} ({span}, {first} – {last}); eine Änderung dieser Größe ist kaum Zufall.</translation>
    </message>
    <message>
        <source>Delivery rate fell from {start} to {end} over {span} ({first} – {last}); a change this size is unlikely to be chance.</source>
        <translation>Die Zustellrate fiel von {start} auf {end} ({span}, {first} – {last}); eine Änderung dieser Größe ist kaum Zufall.</translation>
    </message>
    <message>
        <source>No change: none of the people reached is counted in conversions in every campaign shown, so there is no trend to see.</source>
        <translation>Keine Änderung: In keiner gezeigten Kampagne zählt auch nur eine erreichte Person zu den Konversionen, daher ist kein Trend zu sehen.</translation>
    </message>
    <message>
        <source>No change: every one of the people reached is counted in conversions in every campaign shown, so there is no trend to see.</source>
        <translation>Keine Änderung: In jeder gezeigten Kampagne zählt jede erreichte Person zu den Konversionen, daher ist kein Trend zu sehen.</translation>
    </message>
    <message>
        <source>No change: none of the people reached is counted in clicks in every campaign shown, so there is no trend to see.</source>
        <translation>Keine Änderung: In keiner gezeigten Kampagne zählt auch nur eine erreichte Person zu den Klicks, daher ist kein Trend zu sehen.</translation>
    </message>
    <message>
        <source>No change: every one of the people reached is counted in clicks in every campaign shown, so there is no trend to see.</source>
        <translation>Keine Änderung: In jeder gezeigten Kampagne zählt jede erreichte Person zu den Klicks, daher ist kein Trend zu sehen.</translation>
    </message>
    <message>
        <source>No change: none of the people reached is counted in replies in every campaign shown, so there is no trend to see.</source>
        <translation>Keine Änderung: In keiner gezeigten Kampagne zählt auch nur eine erreichte Person zu den Antworten, daher ist kein Trend zu sehen.</translation>
    </message>
    <message>
        <source>No change: every one of the people reached is counted in replies in every campaign shown, so there is no trend to see.</source>
        <translation>Keine Änderung: In jeder gezeigten Kampagne zählt jede erreichte Person zu den Antworten, daher ist kein Trend zu sehen.</translation>
    </message>
    <message>
        <source>No change: none of the people reached is counted in delivered in every campaign shown, so there is no trend to see.</source>
        <translation>Keine Änderung: In keiner gezeigten Kampagne zählt auch nur eine erreichte Person zu den Zustellungen, daher ist kein Trend zu sehen.</translation>
    </message>
    <message>
        <source>No change: every one of the people reached is counted in delivered in every campaign shown, so there is no trend to see.</source>
        <translation>Keine Änderung: In jeder gezeigten Kampagne zählt jede erreichte Person zu den Zustellungen, daher ist kein Trend zu sehen.</translation>
    </message>
    <message>
        <source>Too few campaigns to judge a trend: at least {count} on different days are needed (per segment shown, one more).</source>
        <translation>Zu wenige Kampagnen für ein Urteil über den Trend: Es braucht mindestens {count} an verschiedenen Tagen (je gezeigtem Segment eine mehr).</translation>
    </message>
    <message>
        <source>The trend could not be worked out from these figures.</source>
        <translation>Aus diesen Zahlen lässt sich kein Trend berechnen.</translation>
    </message>
    <message>
        <source>No clear change: the ups and downs are within what chance produces.</source>
        <translation>Keine klare Änderung: Das Auf und Ab liegt im Rahmen des Zufalls.</translation>
    </message>
    <message>
        <source>Could be chance: even with nothing really changing, a drop this size happens by chance nearly every time.</source>
        <translation>Könnte Zufall sein: Auch ohne echte Änderung ergibt sich ein Rückgang dieser Größe fast jedes Mal zufällig.</translation>
    </message>
    <message>
        <source>Could be chance: even with nothing really changing, a rise this size happens by chance nearly every time.</source>
        <translation>Könnte Zufall sein: Auch ohne echte Änderung ergibt sich ein Anstieg dieser Größe fast jedes Mal zufällig.</translation>
    </message>
    <message>
        <source>Could be chance: even with nothing really changing, a drop this size happens by chance about once in 10.</source>
        <translation>Könnte Zufall sein: Auch ohne echte Änderung ergibt sich ein Rückgang dieser Größe etwa einmal in 10 Fällen zufällig.</translation>
    </message>
    <message>
        <source>Could be chance: even with nothing really changing, a rise this size happens by chance about once in 10.</source>
        <translation>Könnte Zufall sein: Auch ohne echte Änderung ergibt sich ein Anstieg dieser Größe etwa einmal in 10 Fällen zufällig.</translation>
    </message>
    <message numerus="yes">
        <source>Could be chance: even with nothing really changing, a drop this size happens by chance about %n time(s) in 10.</source>
        <translation>
            <numerusform>Könnte Zufall sein: Auch ohne echte Änderung ergibt sich ein Rückgang dieser Größe etwa %n-mal in 10 Fällen zufällig.</numerusform>
            <numerusform>Könnte Zufall sein: Auch ohne echte Änderung ergibt sich ein Rückgang dieser Größe etwa %n-mal in 10 Fällen zufällig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could be chance: even with nothing really changing, a rise this size happens by chance about %n time(s) in 10.</source>
        <translation>
            <numerusform>Könnte Zufall sein: Auch ohne echte Änderung ergibt sich ein Anstieg dieser Größe etwa %n-mal in 10 Fällen zufällig.</numerusform>
            <numerusform>Könnte Zufall sein: Auch ohne echte Änderung ergibt sich ein Anstieg dieser Größe etwa %n-mal in 10 Fällen zufällig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could be chance: even with nothing really changing, a drop this size happens by chance about %n time(s) in 100.</source>
        <translation>
            <numerusform>Könnte Zufall sein: Auch ohne echte Änderung ergibt sich ein Rückgang dieser Größe etwa %n-mal in 100 Fällen zufällig.</numerusform>
            <numerusform>Könnte Zufall sein: Auch ohne echte Änderung ergibt sich ein Rückgang dieser Größe etwa %n-mal in 100 Fällen zufällig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could be chance: even with nothing really changing, a rise this size happens by chance about %n time(s) in 100.</source>
        <translation>
            <numerusform>Könnte Zufall sein: Auch ohne echte Änderung ergibt sich ein Anstieg dieser Größe etwa %n-mal in 100 Fällen zufällig.</numerusform>
            <numerusform>Könnte Zufall sein: Auch ohne echte Änderung ergibt sich ein Anstieg dieser Größe etwa %n-mal in 100 Fällen zufällig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Likely real: if nothing had really changed, a drop this size would happen by chance less than once in 1,000.</source>
        <translation>Wahrscheinlich echt: Ohne echte Änderung käme ein Rückgang dieser Größe seltener als einmal in 1.000 Fällen zufällig vor.</translation>
    </message>
    <message>
        <source>Likely real: if nothing had really changed, a rise this size would happen by chance less than once in 1,000.</source>
        <translation>Wahrscheinlich echt: Ohne echte Änderung käme ein Anstieg dieser Größe seltener als einmal in 1.000 Fällen zufällig vor.</translation>
    </message>
    <message>
        <source>Likely real: if nothing had really changed, a drop this size would happen by chance less than once in 100.</source>
        <translation>Wahrscheinlich echt: Ohne echte Änderung käme ein Rückgang dieser Größe seltener als einmal in 100 Fällen zufällig vor.</translation>
    </message>
    <message>
        <source>Likely real: if nothing had really changed, a rise this size would happen by chance less than once in 100.</source>
        <translation>Wahrscheinlich echt: Ohne echte Änderung käme ein Anstieg dieser Größe seltener als einmal in 100 Fällen zufällig vor.</translation>
    </message>
    <message>
        <source>Likely real: if nothing had really changed, a drop this size would happen by chance only about once in 100.</source>
        <translation>Wahrscheinlich echt: Ohne echte Änderung käme ein Rückgang dieser Größe nur etwa einmal in 100 Fällen zufällig vor.</translation>
    </message>
    <message>
        <source>Likely real: if nothing had really changed, a rise this size would happen by chance only about once in 100.</source>
        <translation>Wahrscheinlich echt: Ohne echte Änderung käme ein Anstieg dieser Größe nur etwa einmal in 100 Fällen zufällig vor.</translation>
    </message>
    <message numerus="yes">
        <source>Likely real: if nothing had really changed, a drop this size would happen by chance only about %n time(s) in 100.</source>
        <translation>
            <numerusform>Wahrscheinlich echt: Ohne echte Änderung käme ein Rückgang dieser Größe nur etwa %n-mal in 100 Fällen zufällig vor.</numerusform>
            <numerusform>Wahrscheinlich echt: Ohne echte Änderung käme ein Rückgang dieser Größe nur etwa %n-mal in 100 Fällen zufällig vor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Likely real: if nothing had really changed, a rise this size would happen by chance only about %n time(s) in 100.</source>
        <translation>
            <numerusform>Wahrscheinlich echt: Ohne echte Änderung käme ein Anstieg dieser Größe nur etwa %n-mal in 100 Fällen zufällig vor.</numerusform>
            <numerusform>Wahrscheinlich echt: Ohne echte Änderung käme ein Anstieg dieser Größe nur etwa %n-mal in 100 Fällen zufällig vor.</numerusform>
        </translation>
    </message>
    <message>
        <source>The figures: Fitted change {change} points (95% interval {low} to {high}; {p}), allowing for differences between segments and campaign-to-campaign variation.</source>
        <translation>Die Zahlen: geschätzte Änderung {change} Prozentpunkte (95-%-Intervall {low} bis {high}; {p}), unter Berücksichtigung der Unterschiede zwischen Segmenten und der Schwankung von Kampagne zu Kampagne.</translation>
    </message>
    <message>
        <source>The figures: Fitted change {change} points (95% interval {low} to {high}; {p}), allowing for campaign-to-campaign variation.</source>
        <translation>Die Zahlen: geschätzte Änderung {change} Prozentpunkte (95-%-Intervall {low} bis {high}; {p}), unter Berücksichtigung der Schwankung von Kampagne zu Kampagne.</translation>
    </message>
    <message numerus="yes">
        <source>{count} campaign(s) has/have no conversion count(s), so it is/they are left out.</source>
        <translation>
            <numerusform>{count} Kampagne hat keine Konversionszahl und fehlt daher.</numerusform>
            <numerusform>{count} Kampagnen haben keine Konversionszahl und fehlen daher.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} campaign(s) has/have no click count(s), so it is/they are left out.</source>
        <translation>
            <numerusform>{count} Kampagne hat keine Klickzahl und fehlt daher.</numerusform>
            <numerusform>{count} Kampagnen haben keine Klickzahl und fehlen daher.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} campaign(s) has/have no reply count(s), so it is/they are left out.</source>
        <translation>
            <numerusform>{count} Kampagne hat keine Antwortzahl und fehlt daher.</numerusform>
            <numerusform>{count} Kampagnen haben keine Antwortzahl und fehlen daher.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} campaign(s) has/have no delivered count(s), so it is/they are left out.</source>
        <translation>
            <numerusform>{count} Kampagne hat keine Zustellzahl und fehlt daher.</numerusform>
            <numerusform>{count} Kampagnen haben keine Zustellzahl und fehlen daher.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} campaign(s) has/have no sent count(s), so it is/they are left out.</source>
        <translation>
            <numerusform>{count} Kampagne hat keine Versandzahl und fehlt daher.</numerusform>
            <numerusform>{count} Kampagnen haben keine Versandzahl und fehlen daher.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} campaign(s) has/have no sent or delivered count(s), so it is/they are left out.</source>
        <translation>
            <numerusform>{count} Kampagne hat keine Versand- oder Zustellzahl und fehlt daher.</numerusform>
            <numerusform>{count} Kampagnen haben keine Versand- oder Zustellzahl und fehlen daher.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} campaign(s) reached nobody (0 sent), so it is/they are left out.</source>
        <translation>
            <numerusform>{count} Kampagne hat niemanden erreicht (0 versandt) und fehlt daher.</numerusform>
            <numerusform>{count} Kampagnen haben niemanden erreicht (0 versandt) und fehlen daher.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} campaign(s) reached nobody (0 delivered), so it is/they are left out.</source>
        <translation>
            <numerusform>{count} Kampagne hat niemanden erreicht (0 zugestellt) und fehlt daher.</numerusform>
            <numerusform>{count} Kampagnen haben niemanden erreicht (0 zugestellt) und fehlen daher.</numerusform>
        </translation>
    </message>
    <message>
        <source>No offer</source>
        <translation>Kein Angebot</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>Kein Segment</translation>
    </message>
</context>
<context>
    <name>WeekList</name>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Campaigns of the month by week</source>
        <translation>Kampagnen des Monats nach Woche</translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>Woche ab {day}</translation>
    </message>
    <message>
        <source>{day}  (today)</source>
        <translation>{day}  (heute)</translation>
    </message>
    <message>
        <source>Holiday: {name}</source>
        <translation>Feiertag: {name}</translation>
    </message>
    <message>
        <source>Plan a send…</source>
        <translation>Versand planen…</translation>
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
<context>
    <name>WhatIfPanel</name>
    <message>
        <source>People to text</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>People to text (slider)</source>
        <translation>Empfänger (Schieberegler)</translation>
    </message>
    <message>
        <source>Send date</source>
        <translation>Versanddatum</translation>
    </message>
    <message>
        <source>The day you will send. Where your rate has really been rising or falling, the forecast follows that trend to this day.</source>
        <translation>Der Tag, an dem Sie senden. Wo Ihre Rate wirklich gestiegen oder gesunken ist, führt die Prognose diesen Trend bis zu diesem Tag fort.</translation>
    </message>
    <message>
        <source>From my past campaigns</source>
        <translation>Aus meinen früheren Kampagnen</translation>
    </message>
    <message>
        <source>I&apos;ll type it</source>
        <translation>Selbst eingeben</translation>
    </message>
    <message>
        <source>Which past campaigns</source>
        <translation>Welche früheren Kampagnen</translation>
    </message>
    <message>
        <source>Expected conversion rate</source>
        <translation>Erwartete Konversionsrate</translation>
    </message>
    <message>
        <source>Expected conversion rate (slider)</source>
        <translation>Erwartete Konversionsrate (Schieberegler)</translation>
    </message>
    <message>
        <source>Delivery rate from history</source>
        <translation>Zustellrate aus der Historie</translation>
    </message>
    <message>
        <source>Delivery rate</source>
        <translation>Zustellrate</translation>
    </message>
    <message>
        <source>Price per message part</source>
        <translation>Preis pro Nachrichtenteil</translation>
    </message>
    <message>
        <source>Message parts per message</source>
        <translation>Nachrichtenteile pro Nachricht</translation>
    </message>
    <message>
        <source>Revenue per conversion from history</source>
        <translation>Umsatz pro Konversion aus der Historie</translation>
    </message>
    <message>
        <source>Revenue per conversion</source>
        <translation>Umsatz pro Konversion</translation>
    </message>
    <message>
        <source>Your next send</source>
        <translation>Ihr nächster Versand</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Konversionsrate</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>message parts</source>
        <translation>Nachrichtenteile</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Konversionen</translation>
    </message>
    <message>
        <source>Likely (80% range)</source>
        <translation>Wahrscheinlich (80 %)</translation>
    </message>
    <message>
        <source>95% range</source>
        <translation>95-%-Bereich</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Gewinn</translation>
    </message>
    <message>
        <source>Return on cost</source>
        <translation>Rendite</translation>
    </message>
    <message>
        <source>Cost per conversion</source>
        <translation>Kosten pro Konversion</translation>
    </message>
    <message>
        <source>Break-even rate</source>
        <translation>Gewinnschwelle (Rate)</translation>
    </message>
    <message>
        <source>Chance of a profit</source>
        <translation>Gewinnchance</translation>
    </message>
    <message>
        <source>Conversions wanted</source>
        <translation>Gewünschte Konversionen</translation>
    </message>
    <message>
        <source>How many people for a target?</source>
        <translation>Wie viele Empfänger für ein Ziel?</translation>
    </message>
    <message>
        <source>conversions, 90% sure</source>
        <translation>Konversionen, 90 % sicher</translation>
    </message>
    <message>
        <source>I want</source>
        <translation>Ich will</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Anschreiben</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Alle Kampagnen</translation>
    </message>
    <message>
        <source>Segment: {segment}</source>
        <translation>Segment: {segment}</translation>
    </message>
    <message numerus="yes">
        <source>Last %n campaign(s)</source>
        <translation>
            <numerusform>Letzte %n Kampagne</numerusform>
            <numerusform>Letzte %n Kampagnen</numerusform>
        </translation>
    </message>
    <message>
        <source>No history to forecast from: type an expected rate.</source>
        <translation>Keine Historie für eine Prognose: Geben Sie eine erwartete Rate ein.</translation>
    </message>
    <message>
        <source>Forecast rate for this send: {rate}.</source>
        <translation>Prognostizierte Rate für diesen Versand: {rate}.</translation>
    </message>
    <message>
        <source>Forecast rate for this send: {rate} (all past recipients pooled: {pooled}).</source>
        <translation>Prognostizierte Rate für diesen Versand: {rate} (alle früheren Empfänger zusammen: {pooled}).</translation>
    </message>
    <message>
        <source>Typed rate: the range shows chance alone, not how much your campaigns vary from one send to the next.</source>
        <translation>Eingegebene Rate: Der Bereich zeigt nur den Zufall, nicht wie stark Ihre Kampagnen von Versand zu Versand schwanken.</translation>
    </message>
    <message>
        <source>{count}  (your history has no delivered counts: set the delivery rate)</source>
        <translation>{count}  (Ihre Historie hat keine Zustellzahlen: Zustellrate einstellen)</translation>
    </message>
    <message>
        <source>about {count}</source>
        <translation>etwa {count}</translation>
    </message>
    <message>
        <source>not known from history</source>
        <translation>aus der Historie unbekannt</translation>
    </message>
    <message>
        <source>needs revenue per conversion</source>
        <translation>braucht Umsatz pro Konversion</translation>
    </message>
    <message>
        <source>{amount}  ({low} to {high})</source>
        <translation>{amount}  ({low} bis {high})</translation>
    </message>
    <message>
        <source>{rate} of those delivered</source>
        <translation>{rate} der Zugestellten</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s): about {conversions} conversions (likely {low80}–{high80}; 95%: {low95}–{high95}), costing {cost}, bringing {revenue_low} to {revenue_high}; pays off with {chance} probability.</source>
        <translation>
            <numerusform>%Ln Person: etwa {conversions} Konversionen (wahrscheinlich {low80}–{high80}; 95 %: {low95}–{high95}), Kosten {cost}, Umsatz {revenue_low} bis {revenue_high}; lohnt sich mit {chance} Wahrscheinlichkeit.</numerusform>
            <numerusform>%Ln Personen: etwa {conversions} Konversionen (wahrscheinlich {low80}–{high80}; 95 %: {low95}–{high95}), Kosten {cost}, Umsatz {revenue_low} bis {revenue_high}; lohnt sich mit {chance} Wahrscheinlichkeit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s): about {conversions} conversions (likely {low80}–{high80}; 95%: {low95}–{high95}), costing {cost}.</source>
        <translation>
            <numerusform>%Ln Person: etwa {conversions} Konversionen (wahrscheinlich {low80}–{high80}; 95 %: {low95}–{high95}), Kosten {cost}.</numerusform>
            <numerusform>%Ln Personen: etwa {conversions} Konversionen (wahrscheinlich {low80}–{high80}; 95 %: {low95}–{high95}), Kosten {cost}.</numerusform>
        </translation>
    </message>
    <message>
        <source>not reachable: the rate could be close to zero</source>
        <translation>nicht erreichbar: Die Rate könnte nahe null liegen</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln person(s)</source>
        <translation>
            <numerusform>etwa %Ln Person</numerusform>
            <numerusform>etwa %Ln Personen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhatIfWords</name>
    <message>
        <source>over {percent}</source>
        <translation>über {percent}</translation>
    </message>
    <message>
        <source>under {percent}</source>
        <translation>unter {percent}</translation>
    </message>
</context>
</TS>
