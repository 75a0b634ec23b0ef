<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
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
        <translation>Sauvegardée par vous</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Quotidienne</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Avant une importation</translation>
    </message>
    <message>
        <source>Before undoing an import</source>
        <translation>Avant d&apos;annuler une importation</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Avant une mise à jour</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Faite le</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} Ko</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <source>Restoring the backup from {backup}…</source>
        <translation>Restauration de la sauvegarde {backup}…</translation>
    </message>
    <message>
        <source>Restored the backup from {backup}. Your previous file was kept as {kept}.</source>
        <translation>Sauvegarde {backup} restaurée. Votre fichier précédent est conservé sous {kept}.</translation>
    </message>
    <message>
        <source>Restored the backup from {backup}.</source>
        <translation>Sauvegarde {backup} restaurée.</translation>
    </message>
    <message>
        <source>The backup was not restored.</source>
        <translation>La sauvegarde n&apos;a pas été restaurée.</translation>
    </message>
    <message>
        <source>Export campaigns</source>
        <translation>Exporter les campagnes</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Classeur Excel (*.xlsx);;Fichier CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln campaign(s) to {path}.</source>
        <translation>
            <numerusform>%Ln campagne exportée vers {path}.</numerusform>
            <numerusform>%Ln campagnes exportées vers {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export shown campaigns…</source>
        <translation>Exporter les campagnes affichées…</translation>
    </message>
    <message>
        <source>Export all campaigns…</source>
        <translation>Exporter toutes les campagnes…</translation>
    </message>
    <message>
        <source>Backups…</source>
        <translation>Sauvegardes…</translation>
    </message>
    <message>
        <source>Your newest good backup can take its place. The damaged file is kept beside it, renamed; nothing is deleted.</source>
        <translation>Votre dernière sauvegarde saine peut le remplacer. Le fichier endommagé est gardé à côté, renommé ; rien n&apos;est supprimé.</translation>
    </message>
    <message>
        <source>Your newest good backup made on {date} at {time} can take its place. The damaged file is kept beside it, renamed; nothing is deleted.</source>
        <translation>Votre dernière sauvegarde saine, faite le {date} à {time}, peut le remplacer. Le fichier endommagé est gardé à côté, renommé ; rien n&apos;est supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>Your newest good backup made on {date} at {time} with %Ln campaign(s) can take its place. The damaged file is kept beside it, renamed; nothing is deleted.</source>
        <translation>
            <numerusform>Votre dernière sauvegarde saine, faite le {date} à {time} avec %Ln campagne, peut le remplacer. Le fichier endommagé est gardé à côté, renommé ; rien n&apos;est supprimé.</numerusform>
            <numerusform>Votre dernière sauvegarde saine, faite le {date} à {time} avec %Ln campagnes, peut le remplacer. Le fichier endommagé est gardé à côté, renommé ; rien n&apos;est supprimé.</numerusform>
        </translation>
    </message>
    <message>
        <source>The campaign file cannot be used</source>
        <translation>Le fichier de campagnes est inutilisable</translation>
    </message>
    <message>
        <source>Restore the newest backup</source>
        <translation>Restaurer la dernière sauvegarde</translation>
    </message>
    <message>
        <source>No good backup of it was found. The file is left as it is; open another file or start a new one.</source>
        <translation>Aucune sauvegarde saine n&apos;a été trouvée. Le fichier reste tel quel ; ouvrez un autre fichier ou créez-en un nouveau.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Restoring your newest backup…</source>
        <translation>Restauration de votre dernière sauvegarde…</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restauration</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Backups of {file} are kept in {folder}: the last 10, one a day for a week and one a month for a year. Restoring keeps your current file too.</source>
        <translation>Les sauvegardes de {file} sont gardées dans {folder} : les 10 dernières, une par jour pendant une semaine et une par mois pendant un an. La restauration conserve aussi votre fichier actuel.</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>Backed up to {path}.</source>
        <translation>Sauvegardé dans {path}.</translation>
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation>Restaurer cette sauvegarde ?</translation>
    </message>
    <message numerus="yes">
        <source>Replace your campaigns with the backup made on {date} at {time} (%Ln campaign(s))?

A copy of your current file is kept beside it, named with “set-aside” and the time; nothing is deleted.</source>
        <translation>
            <numerusform>Remplacer vos campagnes par la sauvegarde du {date} à {time} (%Ln campagne) ?

Une copie de votre fichier actuel est gardée à côté, nommée avec « set-aside » et l&apos;heure ; rien n&apos;est supprimé.</numerusform>
            <numerusform>Remplacer vos campagnes par la sauvegarde du {date} à {time} (%Ln campagnes) ?

Une copie de votre fichier actuel est gardée à côté, nommée avec « set-aside » et l&apos;heure ; rien n&apos;est supprimé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <source>The details were saved to {path}. Please send that file with your report.</source>
        <translation>Les détails ont été enregistrés dans {path}. Merci de joindre ce fichier à votre signalement.</translation>
    </message>
    <message>
        <source>The details could not be saved to the log file.</source>
        <translation>Les détails n&apos;ont pas pu être enregistrés dans le journal.</translation>
    </message>
    <message>
        <source>Something went wrong that {app} did not expect ({kind}). Your saved campaigns are not affected.</source>
        <translation>Un problème imprévu est survenu dans {app} ({kind}). Vos campagnes enregistrées ne sont pas touchées.</translation>
    </message>
    <message>
        <source>{file}: stopped; nothing was written.</source>
        <translation>{file} : arrêté ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Stopped; nothing was written.</source>
        <translation>Arrêté ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The disk is full, so {app} could not save. Nothing was changed: free some space (or choose another drive) and try again.</source>
        <translation>Le disque est plein : {app} n&apos;a pas pu enregistrer. Rien n&apos;a changé : libérez de la place (ou choisissez un autre disque) et réessayez.</translation>
    </message>
    <message>
        <source>The campaign file is busy: another copy of {app} (or the smsplanner command) is saving to it. Nothing was changed; try again in a moment.</source>
        <translation>Le fichier de campagnes est occupé : une autre copie de {app} (ou la commande smsplanner) y enregistre. Rien n&apos;a changé ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>{app} can only read this campaign file. Your change was not saved. Copy the file somewhere you can write to, or open another file.</source>
        <translation>{app} ne peut que lire ce fichier de campagnes. Votre modification n&apos;a pas été enregistrée. Copiez le fichier dans un endroit où vous pouvez écrire, ou ouvrez un autre fichier.</translation>
    </message>
    <message>
        <source>A file that comes with {app} is missing. Please download and unzip the app again.</source>
        <translation>Un fichier fourni avec {app} est manquant. Veuillez télécharger et décompresser l&apos;application à nouveau.</translation>
    </message>
    <message>
        <source>{path} is not an SMS Planner campaign file (it is not a SQLite database), so SMS Planner will not change it.</source>
        <translation>{path} n&apos;est pas un fichier de campagnes SMS Planner (ce n&apos;est pas une base SQLite) : SMS Planner ne le modifiera pas.</translation>
    </message>
    <message>
        <source>The campaign file {path} is empty (0 bytes), so SMS Planner will not start it as a new file.</source>
        <translation>Le fichier de campagnes {path} est vide (0 octet) : SMS Planner ne le traitera pas comme un nouveau fichier.</translation>
    </message>
    <message>
        <source>The campaign file {path} is damaged, so SMS Planner will not change it.</source>
        <translation>Le fichier de campagnes {path} est endommagé : SMS Planner ne le modifiera pas.</translation>
    </message>
    <message>
        <source>No good backup of it was found. Keep the file as it is and open another file, or start a new one.</source>
        <translation>Aucune sauvegarde saine n&apos;a été trouvée. Gardez le fichier tel quel et ouvrez un autre fichier, ou créez-en un nouveau.</translation>
    </message>
    <message>
        <source>Your newest good backup is {backup}: restore it with File &gt; Backups.</source>
        <translation>Votre dernière sauvegarde saine est {backup} : restaurez-la avec Fichier &gt; Sauvegardes.</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Message d&apos;erreur</translation>
    </message>
</context>
<context>
    <name>FormatWords</name>
    <message>
        <source>a count it needs is not known, or nobody received it</source>
        <translation>un chiffre nécessaire est inconnu, ou personne ne l&apos;a reçu</translation>
    </message>
    <message>
        <source>{label}: unknown ({reason})</source>
        <translation>{label} : inconnu ({reason})</translation>
    </message>
    <message>
        <source>{part} of {whole} delivered</source>
        <translation>{part} sur {whole} distribués</translation>
    </message>
    <message>
        <source>{part} of {whole} sent</source>
        <translation>{part} sur {whole} envoyés</translation>
    </message>
    <message>
        <source>{part} of {whole} delivered or sent</source>
        <translation>{part} sur {whole} distribués ou envoyés</translation>
    </message>
    <message>
        <source>{part} of {whole}</source>
        <translation>{part} sur {whole}</translation>
    </message>
    <message>
        <source>{label}: {rate}</source>
        <translation>{label} : {rate}</translation>
    </message>
    <message>
        <source>{level} interval: {interval}</source>
        <translation>Intervalle à {level} : {interval}</translation>
    </message>
</context>
<context>
    <name>FrameWords</name>
    <message>
        <source>Database file</source>
        <translation>Fichier de données</translation>
    </message>
    <message>
        <source>Campaigns shown</source>
        <translation>Campagnes affichées</translation>
    </message>
    <message>
        <source>No campaigns yet</source>
        <translation>Pas encore de campagne</translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln campaign(s) shown</source>
        <translation>
            <numerusform>{shown} sur %Ln campagne affichée</numerusform>
            <numerusform>{shown} sur %Ln campagnes affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>Database file: {path}</source>
        <translation>Fichier de données : {path}</translation>
    </message>
    <message>
        <source>Quit {app}?</source>
        <translation>Quitter {app} ?</translation>
    </message>
    <message>
        <source>{app} is still working (for example on an import). Stop the work and quit? Work that is stopped leaves your saved campaigns as they were.</source>
        <translation>{app} travaille encore (par exemple sur une importation). Arrêter le travail et quitter ? Un travail arrêté laisse vos campagnes enregistrées telles quelles.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>{app} guide</source>
        <translation>Guide de {app}</translation>
    </message>
    <message>
        <source>Search the guide, e.g. conversion rate</source>
        <translation>Chercher, p. ex. taux de conversion</translation>
    </message>
    <message>
        <source>Search the guide</source>
        <translation>Chercher dans le guide</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) found</source>
        <translation>
            <numerusform>%n page trouvée</numerusform>
            <numerusform>%n pages trouvées</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found: try another word.</source>
        <translation>Rien trouvé : essayez un autre mot.</translation>
    </message>
</context>
<context>
    <name>GuideWords</name>
    <message>
        <source>What is this?</source>
        <translation>Qu&apos;est-ce que c&apos;est ?</translation>
    </message>
    <message>
        <source>Open the guide at this explanation</source>
        <translation>Ouvrir le guide à cette explication</translation>
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
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendances</translation>
    </message>
    <message>
        <source>Added “{name}”. It is hidden by the current filters.</source>
        <translation>« {name} » ajoutée. Les filtres actuels la masquent.</translation>
    </message>
    <message>
        <source>Added “{name}”.</source>
        <translation>« {name} » ajoutée.</translation>
    </message>
    <message>
        <source>Saved “{name}”.</source>
        <translation>« {name} » enregistrée.</translation>
    </message>
    <message>
        <source>Deleted “{name}”. Undo with Ctrl+Z.</source>
        <translation>« {name} » supprimée. Annulez avec Ctrl+Z.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n campaign(s). Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n campagne supprimée. Annulez avec Ctrl+Z.</numerusform>
            <numerusform>%n campagnes supprimées. Annulez avec Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s) with headers.</source>
        <translation>
            <numerusform>%n ligne copiée avec les en-têtes.</numerusform>
            <numerusform>%n lignes copiées avec les en-têtes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n sample campaign(s).</source>
        <translation>
            <numerusform>%n campagne d&apos;exemple ajoutée.</numerusform>
            <numerusform>%n campagnes d&apos;exemple ajoutées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sample campaigns are already here.</source>
        <translation>Les campagnes d&apos;exemple sont déjà là.</translation>
    </message>
    <message>
        <source>There are no sample campaigns in this file.</source>
        <translation>Ce fichier ne contient aucune campagne d&apos;exemple.</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n sample campaign(s); your own campaigns are untouched. Undo with Ctrl+Z.</source>
        <translation>
            <numerusform>%n campagne d&apos;exemple retirée ; vos propres campagnes restent intactes. Annulez avec Ctrl+Z.</numerusform>
            <numerusform>%n campagnes d&apos;exemple retirées ; vos propres campagnes restent intactes. Annulez avec Ctrl+Z.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove sample data</source>
        <translation>Retirer les données d&apos;exemple</translation>
    </message>
    <message>
        <source>Opened {path}.</source>
        <translation>{path} ouvert.</translation>
    </message>
</context>
<context>
    <name>MarkWords</name>
    <message>
        <source>Added by the last import</source>
        <translation>Ajoutée par la dernière importation</translation>
    </message>
    <message>
        <source>Changed by the last import</source>
        <translation>Modifiée par la dernière importation</translation>
    </message>
</context>
<context>
    <name>MenuWords</name>
    <message>
        <source>&amp;Import results…</source>
        <translation>&amp;Importer des résultats…</translation>
    </message>
    <message>
        <source>Read campaign results from a CSV or Excel file</source>
        <translation>Lire les résultats de campagnes depuis un fichier CSV ou Excel</translation>
    </message>
    <message>
        <source>&amp;New campaign…</source>
        <translation>&amp;Nouvelle campagne…</translation>
    </message>
    <message>
        <source>Type in the figures of a campaign</source>
        <translation>Saisir les chiffres d&apos;une campagne</translation>
    </message>
    <message>
        <source>Load &amp;sample data</source>
        <translation>Charger des données d&apos;e&amp;xemple</translation>
    </message>
    <message>
        <source>Add 48 made-up campaigns to explore the app</source>
        <translation>Ajouter 48 campagnes fictives pour découvrir l&apos;application</translation>
    </message>
    <message>
        <source>&amp;Remove sample data</source>
        <translation>&amp;Retirer les données d&apos;exemple</translation>
    </message>
    <message>
        <source>Take out exactly the made-up sample campaigns; your own stay (you can undo)</source>
        <translation>Retire exactement les campagnes d&apos;exemple fictives ; les vôtres restent (annulable)</translation>
    </message>
    <message>
        <source>&amp;Print report…</source>
        <translation>Imprimer le rappor&amp;t…</translation>
    </message>
    <message>
        <source>A one- or two-page summary of a month or range of days, on paper</source>
        <translation>Un résumé d&apos;une ou deux pages d&apos;un mois ou d&apos;une période, sur papier</translation>
    </message>
    <message>
        <source>Save report as P&amp;DF…</source>
        <translation>Enregistrer le rapport en P&amp;DF…</translation>
    </message>
    <message>
        <source>The same summary as a PDF file, to keep or send</source>
        <translation>Le même résumé en fichier PDF, à garder ou à envoyer</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Currency, cost per message, benchmark band and database location</source>
        <translation>Devise, coût par message, fourchette de référence et emplacement de la base</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation>&amp;Copier les lignes</translation>
    </message>
    <message>
        <source>Copy the selected rows with headers, for a spreadsheet</source>
        <translation>Copier les lignes choisies avec les en-têtes, pour un tableur</translation>
    </message>
    <message>
        <source>&amp;Edit campaign…</source>
        <translation>&amp;Modifier la campagne…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected campaigns (you can undo)</source>
        <translation>Supprimer les campagnes choisies (annulable)</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Campaigns</source>
        <translation>&amp;Campagnes</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>&amp;Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>The built-in guide, at the page about this screen</source>
        <translation>Le guide intégré, à la page sur cet écran</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>À &amp;propos de {app}</translation>
    </message>
    <message>
        <source>Where is my &amp;data?</source>
        <translation>Où sont mes &amp;données ?</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;p&gt;Plan SMS campaigns from your own results: rates with honest 95% ranges, trends, forecasts and A/B tests.&lt;/p&gt;</source>
        <translation>&lt;b&gt;{app}&lt;/b&gt; {version}&lt;p&gt;Planifiez vos campagnes SMS à partir de vos propres résultats : des taux avec d&apos;honnêtes fourchettes à 95 %, des tendances, des prévisions et des tests A/B.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Where is my data?</source>
        <translation>Où sont mes données ?</translation>
    </message>
    <message>
        <source>Your campaigns are in:
{database}

Problems are logged in:
{log}</source>
        <translation>Vos campagnes sont dans :
{database}

Les problèmes sont notés dans :
{log}</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The new language applies the next time you start {app}.</source>
        <translation>La nouvelle langue s&apos;appliquera au prochain démarrage de {app}.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Argent</translation>
    </message>
    <message>
        <source>Currency symbol</source>
        <translation>Symbole monétaire</translation>
    </message>
    <message>
        <source>Currency symbol position</source>
        <translation>Position du symbole monétaire</translation>
    </message>
    <message>
        <source>Before the amount</source>
        <translation>Avant le montant</translation>
    </message>
    <message>
        <source>After the amount</source>
        <translation>Après le montant</translation>
    </message>
    <message>
        <source>Default cost per message</source>
        <translation>Coût par message par défaut</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>Currency &amp;symbol:</source>
        <translation>&amp;Symbole monétaire :</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position :</translation>
    </message>
    <message>
        <source>Looks like:</source>
        <translation>Aperçu :</translation>
    </message>
    <message>
        <source>Default &amp;cost per message:</source>
        <translation>&amp;Coût par message par défaut :</translation>
    </message>
    <message>
        <source>Benchmark band on charts</source>
        <translation>Fourchette de référence sur les graphiques</translation>
    </message>
    <message>
        <source>Benchmark band low end</source>
        <translation>Bas de la fourchette de référence</translation>
    </message>
    <message>
        <source>Benchmark band high end</source>
        <translation>Haut de la fourchette de référence</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>The commonly quoted SMS conversion range is about 2–7%. It is a rough industry figure, not a target: your own history is the better guide.</source>
        <translation>Le taux de conversion SMS souvent cité est d&apos;environ 2–7 %. C&apos;est un ordre de grandeur du secteur, pas un objectif : votre propre historique est un meilleur guide.</translation>
    </message>
    <message>
        <source>The low end must be below the high end.</source>
        <translation>Le bas de la fourchette doit être sous le haut.</translation>
    </message>
    <message>
        <source>Typical &amp;range:</source>
        <translation>&amp;Fourchette habituelle :</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Database file in use</source>
        <translation>Fichier de données utilisé</translation>
    </message>
    <message>
        <source>&amp;Open another file…</source>
        <translation>&amp;Ouvrir un autre fichier…</translation>
    </message>
    <message>
        <source>Create a &amp;new file…</source>
        <translation>Créer un &amp;nouveau fichier…</translation>
    </message>
    <message>
        <source>Your campaigns are saved in:</source>
        <translation>Vos campagnes sont enregistrées dans :</translation>
    </message>
    <message>
        <source>Open a database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>Create a new database</source>
        <translation>Créer une base de données</translation>
    </message>
    <message>
        <source>Cost per message</source>
        <translation>Coût par message</translation>
    </message>
    <message>
        <source>Cost per message cannot be negative.</source>
        <translation>Le coût par message ne peut pas être négatif.</translation>
    </message>
</context>
<context>
    <name>PreferencesWords</name>
    <message>
        <source>SMS Planner database (*.sqlite *.db);;All files (*)</source>
        <translation>Base SMS Planner (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>StartWords</name>
    <message>
        <source>Today&apos;s backup could not be made: {reason}</source>
        <translation>La sauvegarde du jour n&apos;a pas pu être faite : {reason}</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <source>Welcome to {app}</source>
        <translation>Bienvenue dans {app}</translation>
    </message>
    <message>
        <source>See how your text-message campaigns really perform: conversion, clicks and replies for every send, with honest ranges, trends over time and what to expect next time.

There are no campaigns here yet. How would you like to start?</source>
        <translation>Voyez ce que valent vraiment vos campagnes SMS : conversions, clics et réponses pour chaque envoi, avec des fourchettes honnêtes, les tendances dans le temps et ce qu&apos;il faut attendre la prochaine fois.

Il n&apos;y a encore aucune campagne. Comment voulez-vous commencer ?</translation>
    </message>
    <message>
        <source>&amp;Import results…</source>
        <translation>&amp;Importer des résultats…</translation>
    </message>
    <message>
        <source>Read the CSV or Excel file from your SMS provider; you see what was read before anything is saved.</source>
        <translation>Lire le fichier CSV ou Excel de votre fournisseur SMS ; vous voyez ce qui a été lu avant tout enregistrement.</translation>
    </message>
    <message>
        <source>&amp;Add a campaign…</source>
        <translation>&amp;Ajouter une campagne…</translation>
    </message>
    <message>
        <source>Type in the figures of one campaign yourself: messages sent, clicks, orders and so on.</source>
        <translation>Saisissez vous-même les chiffres d&apos;une campagne : messages envoyés, clics, commandes, etc.</translation>
    </message>
    <message>
        <source>&amp;Explore with sample data</source>
        <translation>&amp;Explorer avec des données d&apos;exemple</translation>
    </message>
    <message>
        <source>Try every screen on {count} made-up campaigns; File &gt; Remove sample data takes out exactly those when you are done.</source>
        <translation>Essayez chaque écran avec {count} campagnes fictives ; Fichier &gt; Retirer les données d&apos;exemple les retire exactement quand vous avez fini.</translation>
    </message>
</context>
</TS>
