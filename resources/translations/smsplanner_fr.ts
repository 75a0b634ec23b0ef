<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en_US">
<context>
    <name>ABChart</name>
    <message>
        <source>A and B conversion rates with their likely ranges</source>
        <translation>Taux de conversion de A et B avec leurs plages probables</translation>
    </message>
</context>
<context>
    <name>ABWords</name>
    <message>
        <source>If both really converted alike, chance alone would give a gap this big less than once in 1,000.</source>
        <translation>Si les deux convertissaient vraiment pareil, le hasard seul donnerait un écart aussi grand moins d&apos;une fois sur 1 000.</translation>
    </message>
    <message>
        <source>If both really converted alike, chance alone would give a gap this big less than once in 100.</source>
        <translation>Si les deux convertissaient vraiment pareil, le hasard seul donnerait un écart aussi grand moins d&apos;une fois sur 100.</translation>
    </message>
    <message>
        <source>If both really converted alike, chance alone would give a gap this big nearly every time.</source>
        <translation>Si les deux convertissaient vraiment pareil, le hasard seul donnerait un écart aussi grand presque à chaque fois.</translation>
    </message>
    <message>
        <source>If both really converted alike, chance alone would give a gap this big about once in 100.</source>
        <translation>Si les deux convertissaient vraiment pareil, le hasard seul donnerait un écart aussi grand environ une fois sur 100.</translation>
    </message>
    <message>
        <source>If both really converted alike, chance alone would give a gap this big about {times} times in 100.</source>
        <translation>Si les deux convertissaient vraiment pareil, le hasard seul donnerait un écart aussi grand environ {times} fois sur 100.</translation>
    </message>
    <message>
        <source>If both really converted alike, chance alone would give a gap this big about once in 10.</source>
        <translation>Si les deux convertissaient vraiment pareil, le hasard seul donnerait un écart aussi grand environ une fois sur 10.</translation>
    </message>
    <message>
        <source>If both really converted alike, chance alone would give a gap this big about {times} times in 10.</source>
        <translation>Si les deux convertissaient vraiment pareil, le hasard seul donnerait un écart aussi grand environ {times} fois sur 10.</translation>
    </message>
    <message>
        <source>{better} converts better than {worse}; a difference this size is unlikely to be chance.</source>
        <translation>{better} convertit mieux que {worse}&#xa0;; un écart de cette taille a peu de chances d&apos;être dû au hasard.</translation>
    </message>
    <message>
        <source>Both converted at the same rate: there is no difference to settle.</source>
        <translation>Les deux ont converti au même taux&#xa0;: il n&apos;y a pas d&apos;écart à départager.</translation>
    </message>
    <message>
        <source>Not enough data to tell: these campaigns vary so much from one send to the next that more campaigns, not just more recipients, would be needed to settle a difference this size.</source>
        <translation>Pas assez de données pour trancher&#xa0;: ces campagnes varient tant d&apos;un envoi à l&apos;autre qu&apos;il faudrait plus de campagnes, et pas seulement plus de destinataires, pour départager un écart de cette taille.</translation>
    </message>
    <message numerus="yes">
        <source>Not enough data to tell: about %Ln more recipient(s) per message would settle a difference this size.</source>
        <translation>
            <numerusform>Pas assez de données pour trancher&#xa0;: environ %Ln destinataire de plus par message départagerait un écart de cette taille.</numerusform>
            <numerusform>Pas assez de données pour trancher&#xa0;: environ %Ln destinataires de plus par message départageraient un écart de cette taille.</numerusform>
        </translation>
    </message>
    <message>
        <source>No clear winner: the difference is small enough to be chance, even with this many recipients.</source>
        <translation>Pas de gagnant net&#xa0;: l&apos;écart est assez petit pour être dû au hasard, même avec autant de destinataires.</translation>
    </message>
    <message>
        <source>{letter} ({name})</source>
        <translation>{letter} ({name})</translation>
    </message>
    <message>
        <source>random-effects comparison of campaign rates (campaign-to-campaign variance by restricted likelihood with a weak prior; Hartung-Knapp t test), t on {df} df</source>
        <translation>comparaison à effets aléatoires des taux de campagne (variance entre campagnes par vraisemblance restreinte avec un a priori faible&#xa0;; test t de Hartung-Knapp), t à {df} ddl</translation>
    </message>
    <message>
        <source>t interval of the difference in campaign-weighted rates</source>
        <translation>intervalle t de la différence des taux pondérés par campagne</translation>
    </message>
    <message>
        <source>Fisher&apos;s exact test</source>
        <translation>test exact de Fisher</translation>
    </message>
    <message>
        <source>two-proportion z-test</source>
        <translation>test z de deux proportions</translation>
    </message>
    <message>
        <source>Newcombe hybrid score interval</source>
        <translation>intervalle de score hybride de Newcombe</translation>
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
    <name>BreakdownPlot</name>
    <message>
        <source>Breakdown chart</source>
        <translation>Graphique de répartition</translation>
    </message>
    <message>
        <source>all {rate}</source>
        <translation>tous {rate}</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Plan a send…</source>
        <translation>Planifier un envoi…</translation>
    </message>
    <message>
        <source>Sent: green above your usual conversion range, grey within it, orange below.  Planned: dashed blue, with the 80% range of orders.  ⚠ has a warning.</source>
        <translation>Envoyé&#xa0;: vert au-dessus de votre plage de conversion habituelle, gris dedans, orange en dessous.  Planifié&#xa0;: bleu en pointillés, avec la plage à 80 % des commandes.  ⚠ a un avertissement.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Export calendar (.ics)…</source>
        <translation>Exporter le calendrier (.ics)…</translation>
    </message>
    <message>
        <source>Save your planned sends as calendar events, with reminders</source>
        <translation>Enregistrer vos envois planifiés comme événements d&apos;agenda, avec rappels</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; send(s) ({planned} planned)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; envoi ({planned} planifié(s))</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; envois ({planned} planifiés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n&lt;/b&gt; send(s)</source>
        <translation>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; envoi</numerusform>
            <numerusform>&lt;b&gt;%n&lt;/b&gt; envois</numerusform>
        </translation>
    </message>
    <message>
        <source>cost &lt;b&gt;{cost}&lt;/b&gt;</source>
        <translation>coût &lt;b&gt;{cost}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>cost &lt;b&gt;{cost}&lt;/b&gt; of your {budget} budget (&lt;span style=&apos;color:#b3261e&apos;&gt;{over} over&lt;/span&gt;)</source>
        <translation>coût &lt;b&gt;{cost}&lt;/b&gt; sur votre budget de {budget} (&lt;span style=&apos;color:#b3261e&apos;&gt;{over} de dépassement&lt;/span&gt;)</translation>
    </message>
    <message>
        <source>cost &lt;b&gt;{cost}&lt;/b&gt; of your {budget} budget ({left} left)</source>
        <translation>coût &lt;b&gt;{cost}&lt;/b&gt; sur votre budget de {budget} ({left} restants)</translation>
    </message>
    <message>
        <source>planned sends: about {orders} orders ({low}-{high})</source>
        <translation>envois planifiés&#xa0;: environ {orders} commandes ({low}-{high})</translation>
    </message>
    <message>
        <source>revenue {low} to {high}</source>
        <translation>chiffre d&apos;affaires de {low} à {high}</translation>
    </message>
    <message>
        <source>Planned “{name}” for {day}.</source>
        <translation>«&#xa0;{name}&#xa0;» planifié pour le {day}.</translation>
    </message>
    <message>
        <source>Saved the plan “{name}”; its new forecast is kept.</source>
        <translation>Plan «&#xa0;{name}&#xa0;» enregistré&#xa0;; sa nouvelle prévision est conservée.</translation>
    </message>
    <message>
        <source>Moved “{name}” to {day}. Undo with Ctrl+Z.</source>
        <translation>«&#xa0;{name}&#xa0;» déplacé au {day}. Annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>Export calendar</source>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <source>SMS plans.ics</source>
        <translation>Plans SMS.ics</translation>
    </message>
    <message>
        <source>Calendar file (*.ics)</source>
        <translation>Fichier d&apos;agenda (*.ics)</translation>
    </message>
    <message>
        <source>The calendar could not be saved to {path} ({reason}).</source>
        <translation>Le calendrier n&apos;a pas pu être enregistré dans {path} ({reason}).</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n planned send(s) to {file}. Open it in your calendar app; exporting again updates the same events.</source>
        <translation>
            <numerusform>%n envoi planifié enregistré dans {file}. Ouvrez-le dans votre application d&apos;agenda&#xa0;; exporter à nouveau met à jour les mêmes événements.</numerusform>
            <numerusform>%n envois planifiés enregistrés dans {file}. Ouvrez-le dans votre application d&apos;agenda&#xa0;; exporter à nouveau met à jour les mêmes événements.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignDialog</name>
    <message>
        <source>Edit campaign</source>
        <translation>Modifier la campagne</translation>
    </message>
    <message>
        <source>Add a campaign</source>
        <translation>Ajouter une campagne</translation>
    </message>
    <message>
        <source>The send</source>
        <translation>L&apos;envoi</translation>
    </message>
    <message>
        <source>e.g. Spring sale reminder</source>
        <translation>p. ex. Rappel soldes de printemps</translation>
    </message>
    <message>
        <source>HH:MM, e.g. 09:30 (optional)</source>
        <translation>HH:MM, p. ex. 09:30 (facultatif)</translation>
    </message>
    <message>
        <source>Who it went to</source>
        <translation>À qui il a été envoyé</translation>
    </message>
    <message>
        <source>e.g. 20% off, free delivery</source>
        <translation>p. ex. -20 %, livraison offerte</translation>
    </message>
    <message>
        <source>Results (leave empty what you do not know)</source>
        <translation>Résultats (laissez vide ce que vous ignorez)</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Rates of this campaign</source>
        <translation>Taux de cette campagne</translation>
    </message>
    <message>
        <source>Rates:</source>
        <translation>Taux :</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Add campaign</source>
        <translation>Ajouter la campagne</translation>
    </message>
    <message>
        <source>{field}:</source>
        <translation>{field} :</translation>
    </message>
    <message>
        <source>Enter how many messages were sent (or delivered) and how many people converted, and the rates appear here.</source>
        <translation>Indiquez combien de messages ont été envoyés (ou remis) et combien de personnes ont converti : les taux s&apos;afficheront ici.</translation>
    </message>
    <message>
        <source>Correct the figures marked above to see the rates.</source>
        <translation>Corrigez les chiffres signalés ci-dessus pour voir les taux.</translation>
    </message>
    <message>
        <source>Fill in the counts to see rates.</source>
        <translation>Saisissez les chiffres pour voir les taux.</translation>
    </message>
    <message>
        <source>{rate}: {percent} ({part} of {whole} delivered)</source>
        <translation>{rate} : {percent} ({part} sur {whole} remis)</translation>
    </message>
    <message>
        <source>{rate}: {percent} ({part} of {whole} sent)</source>
        <translation>{rate} : {percent} ({part} sur {whole} envoyés)</translation>
    </message>
    <message>
        <source>{rate}: {percent} ({part} of {whole})</source>
        <translation>{rate} : {percent} ({part} sur {whole})</translation>
    </message>
    <message>
        <source>Cost not filled in: at your default price per message it would be about {amount}.</source>
        <translation>Coût non renseigné : à votre prix habituel par message, il serait d&apos;environ {amount}.</translation>
    </message>
</context>
<context>
    <name>CampaignFormWords</name>
    <message>
        <source>{field} must be a whole number like 1200 (leave it empty if not known).</source>
        <translation>{field} doit être un nombre entier comme 1200 (laissez vide si inconnu).</translation>
    </message>
    <message>
        <source>{field} must be an amount like 125.50 (leave it empty if not known).</source>
        <translation>{field} doit être un montant comme 125,50 (laissez vide si inconnu).</translation>
    </message>
</context>
<context>
    <name>CampaignProblemWords</name>
    <message>
        <source>{field} ({value}) cannot be more than the people who received the message ({recipients} delivered).</source>
        <translation>{field} ({value}) ne peut pas dépasser le nombre de personnes ayant reçu le message ({recipients} remis).</translation>
    </message>
    <message>
        <source>{field} ({value}) cannot be more than the people who received the message ({recipients} sent).</source>
        <translation>{field} ({value}) ne peut pas dépasser le nombre de personnes ayant reçu le message ({recipients} envoyés).</translation>
    </message>
    <message>
        <source>Name is missing: give the campaign a name.</source>
        <translation>Le nom manque : donnez un nom à la campagne.</translation>
    </message>
    <message>
        <source>Date is missing: when was it sent?</source>
        <translation>La date manque : quand a-t-elle été envoyée ?</translation>
    </message>
    <message>
        <source>Send time &apos;{value}&apos; is not a time like 09:30 (24-hour HH:MM).</source>
        <translation>L&apos;heure d&apos;envoi « {value} » n&apos;est pas une heure comme 09:30 (24 h, HH:MM).</translation>
    </message>
    <message>
        <source>Status &apos;{value}&apos; is not planned or sent.</source>
        <translation>Le statut « {value} » n&apos;est ni prévu ni envoyé.</translation>
    </message>
    <message>
        <source>Planned audience must be a whole number of people, 0 or more.</source>
        <translation>L&apos;audience prévue doit être un nombre entier de personnes, 0 ou plus.</translation>
    </message>
    <message>
        <source>Channel is missing (usually &apos;sms&apos;).</source>
        <translation>Le canal manque (en général « sms »).</translation>
    </message>
    <message>
        <source>{field} is {length} characters long; SMS Planner keeps at most {most}.</source>
        <translation>{field} compte {length} caractères ; SMS Planner en garde au plus {most}.</translation>
    </message>
    <message>
        <source>{field} must be a whole number, not {value}.</source>
        <translation>{field} doit être un nombre entier, pas {value}.</translation>
    </message>
    <message>
        <source>{field} cannot be negative ({value}).</source>
        <translation>{field} ne peut pas être négatif ({value}).</translation>
    </message>
    <message>
        <source>{field} ({value}) is more than SMS Planner takes ({most}).</source>
        <translation>{field} ({value}) dépasse ce que SMS Planner accepte ({most}).</translation>
    </message>
    <message>
        <source>{field} must be an amount of money.</source>
        <translation>{field} doit être une somme d&apos;argent.</translation>
    </message>
    <message>
        <source>Delivered ({delivered}) cannot be more than sent ({sent}).</source>
        <translation>Remis ({delivered}) ne peut pas dépasser envoyés ({sent}).</translation>
    </message>
    <message>
        <source>A campaign named &apos;{name}&apos; on {date} ({channel}) already exists: change the name or date, or edit the existing one.</source>
        <translation>Une campagne « {name} » du {date} ({channel}) existe déjà : changez le nom ou la date, ou modifiez celle qui existe.</translation>
    </message>
</context>
<context>
    <name>CampaignTable</name>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Totals of the campaigns shown</source>
        <translation>Totaux des campagnes affichées</translation>
    </message>
</context>
<context>
    <name>CampaignTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Taux de conversion</translation>
    </message>
    <message>
        <source>Click-through</source>
        <translation>Taux de clic</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Désinscriptions</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>The day the message was sent</source>
        <translation>Le jour où le message a été envoyé</translation>
    </message>
    <message>
        <source>Local send time (HH:MM)</source>
        <translation>Heure d&apos;envoi locale (HH:MM)</translation>
    </message>
    <message>
        <source>Who the message went to</source>
        <translation>À qui le message a été envoyé</translation>
    </message>
    <message>
        <source>The incentive in the message</source>
        <translation>L&apos;avantage proposé dans le message</translation>
    </message>
    <message>
        <source>Planned: a send still to come (no results yet); sent: results known</source>
        <translation>Prévu : un envoi à venir (pas encore de résultats) ; envoyé : résultats connus</translation>
    </message>
    <message>
        <source>Conversion rate = conversions ÷ recipients (delivered when known, else sent)</source>
        <translation>Taux de conversion = conversions ÷ destinataires (remis si connu, sinon envoyés)</translation>
    </message>
    <message>
        <source>Click-through rate = clicks ÷ recipients (delivered when known, else sent)</source>
        <translation>Taux de clic = clics ÷ destinataires (remis si connu, sinon envoyés)</translation>
    </message>
    <message>
        <source>Response rate = replies ÷ recipients (delivered when known, else sent)</source>
        <translation>Taux de réponse = réponses ÷ destinataires (remis si connu, sinon envoyés)</translation>
    </message>
    <message>
        <source>Delivery rate = delivered ÷ sent</source>
        <translation>Taux de remise = remis ÷ envoyés</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>{column}: not known</source>
        <translation>{column} : inconnu</translation>
    </message>
</context>
<context>
    <name>CampaignUndoWords</name>
    <message>
        <source>Add “{name}”</source>
        <translation>Ajouter « {name} »</translation>
    </message>
    <message>
        <source>Edit “{name}”</source>
        <translation>Modifier « {name} »</translation>
    </message>
    <message>
        <source>Delete “{name}”</source>
        <translation>Supprimer « {name} »</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n campaign(s)</source>
        <translation>
            <numerusform>Supprimer %n campagne</numerusform>
            <numerusform>Supprimer %n campagnes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CampaignsWorkspace</name>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Choose columns</source>
        <translation>Choisir les colonnes</translation>
    </message>
    <message>
        <source>Choose which columns the table shows</source>
        <translation>Choisissez les colonnes affichées dans le tableau</translation>
    </message>
</context>
<context>
    <name>ChipWords</name>
    <message>
        <source>Conversion rate above your usual range.</source>
        <translation>Taux de conversion au-dessus de votre plage habituelle.</translation>
    </message>
    <message>
        <source>Conversion rate within your usual range.</source>
        <translation>Taux de conversion dans votre plage habituelle.</translation>
    </message>
    <message>
        <source>Conversion rate below your usual range.</source>
        <translation>Taux de conversion en dessous de votre plage habituelle.</translation>
    </message>
    <message>
        <source>about {orders} orders, {low}–{high}</source>
        <translation>environ {orders} commandes, {low}–{high}</translation>
    </message>
    <message>
        <source>no forecast yet</source>
        <translation>pas encore de prévision</translation>
    </message>
    <message>
        <source>Planned: {name}</source>
        <translation>Planifié&#xa0;: {name}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) in {segment}</source>
        <translation>
            <numerusform>%Ln personne dans {segment}</numerusform>
            <numerusform>%Ln personnes dans {segment}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln personne</numerusform>
            <numerusform>%Ln personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Forecast {summary} (80% range), 95% range {low}–{high}.</source>
        <translation>Prévision {summary} (plage à 80 %), plage à 95 % {low}–{high}.</translation>
    </message>
    <message numerus="yes">
        <source>Based on %n past campaign(s) to {segment}.</source>
        <translation>
            <numerusform>Fondé sur %n campagne passée vers {segment}.</numerusform>
            <numerusform>Fondé sur %n campagnes passées vers {segment}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Based on %n past campaign(s).</source>
        <translation>
            <numerusform>Fondé sur %n campagne passée.</numerusform>
            <numerusform>Fondé sur %n campagnes passées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Drag to another day to move it; double-click to open.</source>
        <translation>Faites glisser vers un autre jour pour le déplacer&#xa0;; double-cliquez pour ouvrir.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s), {rate}</source>
        <translation>
            <numerusform>%Ln commande, {rate}</numerusform>
            <numerusform>%Ln commandes, {rate}</numerusform>
        </translation>
    </message>
    <message>
        <source>results incomplete</source>
        <translation>résultats incomplets</translation>
    </message>
    <message>
        <source>Sent: {name}</source>
        <translation>Envoyé&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Double-click to open.</source>
        <translation>Double-cliquez pour ouvrir.</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Did B really beat A?</source>
        <translation>B a-t-il vraiment battu A&#xa0;?</translation>
    </message>
    <message>
        <source>Two campaigns</source>
        <translation>Deux campagnes</translation>
    </message>
    <message>
        <source>Two segments</source>
        <translation>Deux segments</translation>
    </message>
    <message>
        <source>Two offers</source>
        <translation>Deux offres</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <source>Side {letter}</source>
        <translation>Côté {letter}</translation>
    </message>
    <message>
        <source>A converted</source>
        <translation>A a converti</translation>
    </message>
    <message>
        <source>B converted</source>
        <translation>B a converti</translation>
    </message>
    <message>
        <source>Could it be chance?</source>
        <translation>Est-ce le hasard&#xa0;?</translation>
    </message>
    <message>
        <source>Chance B is truly better</source>
        <translation>Chance que B soit meilleur</translation>
    </message>
    <message>
        <source>How to read an A/B result</source>
        <translation>Comment lire un résultat A/B</translation>
    </message>
    <message>
        <source>Pick two different campaigns or groups with conversions recorded.</source>
        <translation>Choisissez deux campagnes ou groupes différents avec des conversions enregistrées.</translation>
    </message>
    <message>
        <source>{rate}  ({conversions} of {recipients}; 95% interval {low} – {high})</source>
        <translation>{rate}  ({conversions} sur {recipients}&#xa0;; intervalle à 95 % {low} – {high})</translation>
    </message>
    <message numerus="yes">
        <source>{rate} for a typical campaign  (95% interval {low} – {high}; %n campaign(s))</source>
        <translation>
            <numerusform>{rate} pour une campagne type  (intervalle à 95 % {low} – {high}&#xa0;; %n campagne)</numerusform>
            <numerusform>{rate} pour une campagne type  (intervalle à 95 % {low} – {high}&#xa0;; %n campagnes)</numerusform>
        </translation>
    </message>
    <message>
        <source>The typical campaign&apos;s rate: campaign rates averaged, each weighted by how much it can be trusted. All {recipients} recipients pooled: {pooled} ({conversions} conversions).</source>
        <translation>Le taux d&apos;une campagne type&#xa0;: moyenne des taux des campagnes, chacun pondéré selon sa fiabilité. Les {recipients} destinataires regroupés&#xa0;: {pooled} ({conversions} conversions).</translation>
    </message>
    <message>
        <source>{difference} points  (95% interval {low} to {high})</source>
        <translation>{difference} points  (intervalle à 95 % de {low} à {high})</translation>
    </message>
    <message>
        <source>Percentage points; interval: {method}.</source>
        <translation>Points de pourcentage&#xa0;; intervalle&#xa0;: {method}.</translation>
    </message>
    <message>
        <source>{p} ({test}, two-sided)</source>
        <translation>{p} ({test}, bilatéral)</translation>
    </message>
    <message>
        <source>From Beta posteriors of the two rates (uniform prior).</source>
        <translation>D&apos;après les lois a posteriori bêta des deux taux (a priori uniforme).</translation>
    </message>
    <message>
        <source>From the same t distribution as the test (one side of it).</source>
        <translation>D&apos;après la même loi t que le test (un seul côté).</translation>
    </message>
    <message>
        <source>Groups are compared campaign by campaign, allowing for how much their campaigns vary (hover over “Could it be chance?” for the method); other differences between the sends (day, list) are not controlled for.</source>
        <translation>Les groupes sont comparés campagne par campagne, en tenant compte de la variation de leurs campagnes (survolez «&#xa0;Est-ce le hasard&#xa0;?&#xa0;» pour la méthode)&#xa0;; les autres différences entre les envois (jour, liste) ne sont pas prises en compte.</translation>
    </message>
</context>
<context>
    <name>ConversionChart</name>
    <message>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>95% range</source>
        <translation>Plage à 95 %</translation>
    </message>
    <message>
        <source>80% range</source>
        <translation>Plage à 80 %</translation>
    </message>
    <message>
        <source>break-even</source>
        <translation>seuil de rentabilité</translation>
    </message>
    <message>
        <source>break-even: {count}</source>
        <translation>seuil de rentabilité&#xa0;: {count}</translation>
    </message>
    <message>
        <source>break-even: {count} (← off the chart)</source>
        <translation>seuil de rentabilité&#xa0;: {count} (← hors du graphique)</translation>
    </message>
    <message>
        <source>break-even: {count} (off the chart →)</source>
        <translation>seuil de rentabilité&#xa0;: {count} (hors du graphique →)</translation>
    </message>
</context>
<context>
    <name>CostWords</name>
    <message>
        <source>non-breaking space</source>
        <translation>espace insécable</translation>
    </message>
    <message>
        <source>zero-width space</source>
        <translation>espace sans chasse</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
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
    <name>DayCell</name>
    <message>
        <source>{day}  Today</source>
        <translation>{day}  Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Public holiday: {name}</source>
        <translation>Jour férié&#xa0;: {name}</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan a send on {day}…</source>
        <translation>Planifier un envoi le {day}…</translation>
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
    <name>FieldWords</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Send time</source>
        <translation>Heure d&apos;envoi</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Désinscriptions</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Planned audience</source>
        <translation>Audience prévue</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Taux de conversion</translation>
    </message>
    <message>
        <source>Click-through rate</source>
        <translation>Taux de clic</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Taux de réponse</translation>
    </message>
    <message>
        <source>Delivery rate</source>
        <translation>Taux de remise</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search name, segment, offer or message</source>
        <translation>Chercher nom, segment, offre ou message</translation>
    </message>
    <message>
        <source>Search campaigns</source>
        <translation>Chercher des campagnes</translation>
    </message>
    <message>
        <source>Segment filter</source>
        <translation>Filtre de segment</translation>
    </message>
    <message>
        <source>Show one segment only</source>
        <translation>N&apos;afficher qu&apos;un segment</translation>
    </message>
    <message>
        <source>Channel filter</source>
        <translation>Filtre de canal</translation>
    </message>
    <message>
        <source>Show one channel only</source>
        <translation>N&apos;afficher qu&apos;un canal</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Show every campaign again</source>
        <translation>Afficher à nouveau toutes les campagnes</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Au</translation>
    </message>
    <message>
        <source>any</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>All segments</source>
        <translation>Tous les segments</translation>
    </message>
    <message>
        <source>All channels</source>
        <translation>Tous les canaux</translation>
    </message>
</context>
<context>
    <name>ForecastChart</name>
    <message>
        <source>Orders, % of forecast</source>
        <translation>Commandes (% prévu)</translation>
    </message>
    <message>
        <source>Forecasts, oldest to newest</source>
        <translation>Prévisions, de la plus ancienne à la plus récente</translation>
    </message>
    <message>
        <source>80% range</source>
        <translation>Fourchette 80 %</translation>
    </message>
    <message>
        <source>95% range</source>
        <translation>Fourchette 95 %</translation>
    </message>
    <message>
        <source>actual: inside 80%</source>
        <translation>réel : dans 80 %</translation>
    </message>
    <message>
        <source>inside 95% only</source>
        <translation>dans 95 % seulement</translation>
    </message>
    <message>
        <source>outside both</source>
        <translation>hors des deux</translation>
    </message>
</context>
<context>
    <name>ForecastsView</name>
    <message>
        <source>Each planned send keeps the forecast made before it went out. Once its results are in, it shows here: a good forecaster&apos;s 80% ranges hold about 8 times in 10, its 95% ranges about 19 times in 20.</source>
        <translation>Chaque envoi planifié garde la prévision faite avant son départ. Dès que ses résultats sont là, il s&apos;affiche ici : avec de bonnes prévisions, les fourchettes à 80 % tiennent environ 8 fois sur 10, celles à 95 % environ 19 fois sur 20.</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Likely range (80%)</source>
        <translation>Fourchette probable (80 %)</translation>
    </message>
    <message>
        <source>Wide range (95%)</source>
        <translation>Fourchette large (95 %)</translation>
    </message>
    <message>
        <source>Actual orders</source>
        <translation>Commandes réelles</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Forecasts</source>
        <translation>Prévisions</translation>
    </message>
    <message>
        <source>inside the likely range</source>
        <translation>dans la fourchette probable</translation>
    </message>
    <message>
        <source>inside the wide range only</source>
        <translation>dans la fourchette large seulement</translation>
    </message>
    <message>
        <source>outside both ranges</source>
        <translation>hors des deux fourchettes</translation>
    </message>
    <message>
        <source>about {count}</source>
        <translation>environ {count}</translation>
    </message>
    <message>
        <source>Forecast made {made}.</source>
        <translation>Prévision faite le {made}.</translation>
    </message>
    <message numerus="yes">
        <source>Forecast made {made}, from {count} past campaign(s).</source>
        <translation>
            <numerusform>Prévision faite le {made}, à partir de {count} campagne passée.</numerusform>
            <numerusform>Prévision faite le {made}, à partir de {count} campagnes passées.</numerusform>
        </translation>
    </message>
    <message>
        <source>No forecast can be checked yet: plan a send, and once its results are in, you will see here whether the forecast was right.</source>
        <translation>Aucune prévision ne peut encore être vérifiée : planifiez un envoi, et une fois ses résultats connus, vous verrez ici si la prévision était juste.</translation>
    </message>
    <message numerus="yes">
        <source>Of your {count} checked forecast(s), {in80} landed inside the 80% range and {in95} inside the 95% range: too early to tell whether the ranges hold as often as promised.</source>
        <translation>
            <numerusform>Sur votre {count} prévision vérifiée, {in80} est tombée dans la fourchette à 80 % et {in95} dans celle à 95 % : trop tôt pour dire si les fourchettes tiennent aussi souvent que promis.</numerusform>
            <numerusform>Sur vos {count} prévisions vérifiées, {in80} sont tombées dans la fourchette à 80 % et {in95} dans celle à 95 % : trop tôt pour dire si les fourchettes tiennent aussi souvent que promis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of your last {count} forecasts, {in80} landed inside the 80% range and {in95} inside the 95% range: less often than promised: results vary more than the forecasts allow, so read the ranges as too narrow.</source>
        <translation>
            <numerusform>Sur votre dernière prévision ({count}), {in80} est tombée dans la fourchette à 80 % et {in95} dans celle à 95 % : moins souvent que promis : les résultats varient plus que ne le prévoient les prévisions, considérez donc les fourchettes comme trop étroites.</numerusform>
            <numerusform>Sur vos {count} dernières prévisions, {in80} sont tombées dans la fourchette à 80 % et {in95} dans celle à 95 % : moins souvent que promis : les résultats varient plus que ne le prévoient les prévisions, considérez donc les fourchettes comme trop étroites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of your last {count} forecasts, {in80} landed inside the 80% range and {in95} inside the 95% range: more often than promised: the ranges are on the cautious side.</source>
        <translation>
            <numerusform>Sur votre dernière prévision ({count}), {in80} est tombée dans la fourchette à 80 % et {in95} dans celle à 95 % : plus souvent que promis : les fourchettes sont plutôt prudentes.</numerusform>
            <numerusform>Sur vos {count} dernières prévisions, {in80} sont tombées dans la fourchette à 80 % et {in95} dans celle à 95 % : plus souvent que promis : les fourchettes sont plutôt prudentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of your last {count} forecasts, {in80} landed inside the 80% range and {in95} inside the 95% range: about as often as promised.</source>
        <translation>
            <numerusform>Sur votre dernière prévision ({count}), {in80} est tombée dans la fourchette à 80 % et {in95} dans celle à 95 % : à peu près aussi souvent que promis.</numerusform>
            <numerusform>Sur vos {count} dernières prévisions, {in80} sont tombées dans la fourchette à 80 % et {in95} dans celle à 95 % : à peu près aussi souvent que promis.</numerusform>
        </translation>
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
    <name>ImportBanner</name>
    <message>
        <source>Import result</source>
        <translation>Résultat de l&apos;importation</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>&amp;Annuler cette importation</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Annuler cette importation</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import stopped. Nothing was changed.</source>
        <translation>Importation arrêtée. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Stopped reading the file. Change a setting to read it again.</source>
        <translation>Lecture du fichier arrêtée. Modifiez un réglage pour la relancer.</translation>
    </message>
    <message>
        <source>Something went wrong; nothing was changed.</source>
        <translation>Un problème est survenu ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <source>Column names found on row {row} of sheet “{sheet}”. Choose above each column which figure it holds; tinted columns are used.</source>
        <translation>Noms de colonnes trouvés à la ligne {row} de la feuille « {sheet} ». Choisissez au-dessus de chaque colonne le chiffre qu&apos;elle contient ; les colonnes teintées sont utilisées.</translation>
    </message>
    <message>
        <source>Column names found on row {row}. Choose above each column which figure it holds; tinted columns are used.</source>
        <translation>Noms de colonnes trouvés à la ligne {row}. Choisissez au-dessus de chaque colonne le chiffre qu&apos;elle contient ; les colonnes teintées sont utilisées.</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Another currency</source>
        <translation>Autre devise</translation>
    </message>
    <message>
        <source>Use {symbol} for my amounts</source>
        <translation>Utiliser {symbol} pour mes montants</translation>
    </message>
    <message>
        <source>Import without revenue and cost</source>
        <translation>Importer sans chiffre d&apos;affaires ni coût</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>ImportDialogLayout</name>
    <message>
        <source>Import results — {position}</source>
        <translation>Importer des résultats — {position}</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Importer des résultats</translation>
    </message>
    <message>
        <source>Why this file cannot be imported</source>
        <translation>Pourquoi ce fichier ne peut pas être importé</translation>
    </message>
    <message>
        <source>&lt;b&gt;How the file was read&lt;/b&gt;</source>
        <translation>&lt;b&gt;Comment le fichier a été lu&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Stop reading or importing; nothing is changed</source>
        <translation>Arrêter la lecture ou l&apos;importation ; rien n&apos;est modifié</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
</context>
<context>
    <name>ImportFileWords</name>
    <message>
        <source>a PNG image</source>
        <translation>une image PNG</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>une image JPEG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>une image GIF</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>un document PDF</translation>
    </message>
    <message>
        <source>a web page (HTML)</source>
        <translation>une page web (HTML)</translation>
    </message>
    <message>
        <source>a gzip-compressed archive</source>
        <translation>une archive gzip</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>une archive RAR</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>une archive 7-Zip</translation>
    </message>
    <message>
        <source>a Word document</source>
        <translation>un document Word</translation>
    </message>
    <message>
        <source>a PowerPoint presentation</source>
        <translation>une présentation PowerPoint</translation>
    </message>
    <message>
        <source>a zip archive</source>
        <translation>une archive ZIP</translation>
    </message>
    <message>
        <source>a program</source>
        <translation>un programme</translation>
    </message>
    <message>
        <source>a database file</source>
        <translation>un fichier de base de données</translation>
    </message>
    <message>
        <source>binary data</source>
        <translation>un fichier de données binaires</translation>
    </message>
    <message>
        <source>the sheet has no row {row} to use as the header.</source>
        <translation>la feuille n&apos;a pas de ligne {row} à utiliser comme en-tête.</translation>
    </message>
    <message>
        <source>the file has no row {row} to use as the header.</source>
        <translation>le fichier n&apos;a pas de ligne {row} à utiliser comme en-tête.</translation>
    </message>
    <message>
        <source>the column separator must be a comma, semicolon, tab or |.</source>
        <translation>le séparateur de colonnes doit être une virgule, un point-virgule, une tabulation ou |.</translation>
    </message>
    <message>
        <source>the decimal mark must be a point or a comma.</source>
        <translation>le séparateur décimal doit être un point ou une virgule.</translation>
    </message>
    <message>
        <source>the thousands separator must be a comma, point or space.</source>
        <translation>le séparateur des milliers doit être une virgule, un point ou un espace.</translation>
    </message>
    <message>
        <source>the decimal mark and the thousands separator must differ.</source>
        <translation>le séparateur décimal et celui des milliers doivent être différents.</translation>
    </message>
    <message>
        <source>the date order must be day first or month first.</source>
        <translation>l&apos;ordre des dates doit être «&#xa0;jour d’abord&#xa0;» ou «&#xa0;mois d’abord&#xa0;».</translation>
    </message>
    <message>
        <source>the header row must be 1 or more.</source>
        <translation>la ligne d&apos;en-tête doit valoir 1 ou plus.</translation>
    </message>
    <message>
        <source>the number of rows to preview cannot be negative.</source>
        <translation>le nombre de lignes de l&apos;aperçu ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>“{encoding}” is not a text encoding SMS Planner knows.</source>
        <translation>«&#xa0;{encoding}&#xa0;» n&apos;est pas un encodage de texte connu de SMS Planner.</translation>
    </message>
    <message>
        <source>the file does not exist.</source>
        <translation>le fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>this is a folder, not a file.</source>
        <translation>c&apos;est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>SMS Planner is not allowed to read this file.</source>
        <translation>SMS Planner n&apos;a pas le droit de lire ce fichier.</translation>
    </message>
    <message>
        <source>this is a shortcut (link) that points back to itself, not a file.</source>
        <translation>c&apos;est un raccourci (lien) qui pointe vers lui-même, pas un fichier.</translation>
    </message>
    <message>
        <source>the file&apos;s name or folder path is too long to open.</source>
        <translation>le nom du fichier ou le chemin du dossier est trop long pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>the file could not be opened (the system says: {error}).</source>
        <translation>le fichier n&apos;a pas pu être ouvert (message du système&#xa0;: {error}).</translation>
    </message>
    <message>
        <source>this is a pipe between programs, not a file with a table in it.</source>
        <translation>c&apos;est un tube entre programmes, pas un fichier contenant un tableau.</translation>
    </message>
    <message>
        <source>this is a device, not a file with a table in it.</source>
        <translation>c&apos;est un périphérique, pas un fichier contenant un tableau.</translation>
    </message>
    <message>
        <source>this is not an ordinary file.</source>
        <translation>ce n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>the file is too large to read on this computer.</source>
        <translation>le fichier est trop volumineux pour être lu sur cet ordinateur.</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>le fichier est vide.</translation>
    </message>
    <message>
        <source>the workbook is protected by a password. Open it in your spreadsheet program, remove the password, save it and try again.</source>
        <translation>le classeur est protégé par un mot de passe. Ouvrez-le dans votre tableur, retirez le mot de passe, enregistrez-le et réessayez.</translation>
    </message>
    <message>
        <source>the workbook is damaged or incomplete (perhaps it did not finish downloading). Save or download it again.</source>
        <translation>le classeur est endommagé ou incomplet (le téléchargement n&apos;a peut-être pas abouti). Enregistrez-le ou téléchargez-le de nouveau.</translation>
    </message>
    <message>
        <source>this is an old Office file, but not an Excel workbook. Save it as .xlsx or .csv and try again.</source>
        <translation>c&apos;est un ancien fichier Office, mais pas un classeur Excel. Enregistrez-le au format .xlsx ou .csv et réessayez.</translation>
    </message>
    <message>
        <source>this “Excel” file is really a web page (HTML). Open it in your spreadsheet program and save it as .xlsx or .csv.</source>
        <translation>ce fichier «&#xa0;Excel&#xa0;» est en réalité une page web (HTML). Ouvrez-le dans votre tableur et enregistrez-le au format .xlsx ou .csv.</translation>
    </message>
    <message>
        <source>this is {what}, not a spreadsheet or CSV file.</source>
        <translation>ce fichier est {what}, pas une feuille de calcul ni un fichier CSV.</translation>
    </message>
    <message>
        <source>the text is not in the {encoding} encoding. Choose the file&apos;s encoding.</source>
        <translation>le texte n&apos;est pas encodé en {encoding}. Choisissez l&apos;encodage du fichier.</translation>
    </message>
    <message>
        <source>the file holds binary data, not a table of text.</source>
        <translation>le fichier contient des données binaires, pas un tableau de texte.</translation>
    </message>
    <message>
        <source>the file holds no table, only blank lines.</source>
        <translation>le fichier ne contient aucun tableau, seulement des lignes vides.</translation>
    </message>
    <message>
        <source>the first line has {columns} columns; SMS Planner reads at most {most}, so this is not a table of campaigns.</source>
        <translation>la première ligne a {columns} colonnes&#xa0;; SMS Planner en lit au plus {most}, ce n&apos;est donc pas un tableau de campagnes.</translation>
    </message>
    <message>
        <source>row {row} has {columns} columns but the header has {header}. Check the column separator or fix that row.</source>
        <translation>la ligne {row} a {columns} colonnes mais l&apos;en-tête en a {header}. Vérifiez le séparateur de colonnes ou corrigez cette ligne.</translation>
    </message>
    <message>
        <source>a quoted cell is never closed (the file may be cut short).</source>
        <translation>une cellule entre guillemets n&apos;est jamais fermée (le fichier est peut-être tronqué).</translation>
    </message>
    <message>
        <source>the rows could not be split into columns. Check the column separator.</source>
        <translation>les lignes n&apos;ont pas pu être découpées en colonnes. Vérifiez le séparateur de colonnes.</translation>
    </message>
    <message>
        <source>there is no sheet named “{sheet}” (sheets: {sheets}).</source>
        <translation>il n&apos;y a pas de feuille nommée «&#xa0;{sheet}&#xa0;» (feuilles&#xa0;: {sheets}).</translation>
    </message>
    <message>
        <source>the workbook has no data on any sheet.</source>
        <translation>le classeur ne contient de données sur aucune feuille.</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” is empty.</source>
        <translation>la feuille «&#xa0;{sheet}&#xa0;» est vide.</translation>
    </message>
    <message>
        <source>the sheet “{sheet}” has {columns} columns; SMS Planner reads at most {most}, so this is not a table of campaigns.</source>
        <translation>la feuille «&#xa0;{sheet}&#xa0;» a {columns} colonnes&#xa0;; SMS Planner en lit au plus {most}, ce n&apos;est donc pas un tableau de campagnes.</translation>
    </message>
    <message>
        <source>the workbook is damaged or incomplete and could not be read. Save it again from the program that made it.</source>
        <translation>le classeur est endommagé ou incomplet et n&apos;a pas pu être lu. Enregistrez-le de nouveau depuis le programme qui l&apos;a créé.</translation>
    </message>
    <message>
        <source>the workbook is damaged or incomplete. Save it again from the program that made it.</source>
        <translation>le classeur est endommagé ou incomplet. Enregistrez-le de nouveau depuis le programme qui l&apos;a créé.</translation>
    </message>
    <message>
        <source>reading the workbook needed more memory than is safe (it may be damaged or built to crash programs), so it was stopped.</source>
        <translation>la lecture du classeur demandait plus de mémoire qu&apos;il n&apos;est prudent (il est peut-être endommagé ou conçu pour faire planter les programmes), elle a donc été arrêtée.</translation>
    </message>
    <message>
        <source>the workbook unpacks to more than 2 GB: it is too large, or built to crash programs that open it.</source>
        <translation>le classeur dépasse 2&#xa0;Go une fois décompressé&#xa0;: il est trop volumineux, ou conçu pour faire planter les programmes qui l&apos;ouvrent.</translation>
    </message>
    <message>
        <source>the workbook holds an impossible number of parts.</source>
        <translation>le classeur contient un nombre impossible de parties.</translation>
    </message>
    <message>
        <source>the workbook is a “zip bomb” (a tiny file that unpacks to gigabytes), so it was not opened.</source>
        <translation>le classeur est une «&#xa0;bombe ZIP&#xa0;» (un fichier minuscule qui se décompresse en gigaoctets), il n&apos;a donc pas été ouvert.</translation>
    </message>
    <message>
        <source>the workbook is an XML bomb (“billion laughs”), built to exhaust the memory of programs that open it, so it was not opened.</source>
        <translation>le classeur est une bombe XML («&#xa0;billion laughs&#xa0;»), conçue pour épuiser la mémoire des programmes qui l&apos;ouvrent&#xa0;; il n&apos;a donc pas été ouvert.</translation>
    </message>
    <message>
        <source>the workbook is damaged or built to crash programs that open it: a sheet claims {rows} rows and {columns} columns, more than Excel allows ({most_rows} × {most_columns}).</source>
        <translation>le classeur est endommagé ou conçu pour faire planter les programmes qui l&apos;ouvrent&#xa0;: une feuille annonce {rows} lignes et {columns} colonnes, plus qu&apos;Excel n&apos;en permet ({most_rows} × {most_columns}).</translation>
    </message>
    <message>
        <source>a sheet spans {rows} rows and {columns} columns, most of them empty; reading it would need far more memory than this computer has. Delete the stray cells far from the table, save, and try again.</source>
        <translation>une feuille s&apos;étend sur {rows} lignes et {columns} colonnes, pour la plupart vides&#xa0;; la lire demanderait bien plus de mémoire que cet ordinateur n&apos;en a. Supprimez les cellules isolées loin du tableau, enregistrez et réessayez.</translation>
    </message>
</context>
<context>
    <name>ImportFlowWords</name>
    <message>
        <source>Result files (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods);;All files (*)</source>
        <translation>Fichiers de résultats (*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import results</source>
        <translation>Importer des résultats</translation>
    </message>
    <message>
        <source>file {done} of {total}</source>
        <translation>fichier {done} sur {total}</translation>
    </message>
    <message>
        <source>{file}: {summary}</source>
        <translation>{file} : {summary}</translation>
    </message>
    <message>
        <source>Imported {file}: {summary}</source>
        <translation>{file} importé : {summary}</translation>
    </message>
    <message>
        <source>Is this a planned send?</source>
        <translation>Est-ce un envoi prévu ?</translation>
    </message>
    <message>
        <source>“{imported}” went to {segment} on {day}, the day you planned “{plan}”. Is it that send?</source>
        <translation>« {imported} » a été envoyé à {segment} le {day}, le jour où vous aviez prévu « {plan} ». Est-ce cet envoi ?</translation>
    </message>
    <message>
        <source>If so, its results fill in the plan (one campaign, named as you planned it), and its forecast is checked against them.</source>
        <translation>Si oui, ses résultats complètent le plan (une seule campagne, nommée comme prévu) et sa prévision est comparée à ces résultats.</translation>
    </message>
    <message>
        <source>Yes, fill in the plan</source>
        <translation>Oui, compléter le plan</translation>
    </message>
    <message>
        <source>No, keep both</source>
        <translation>Non, garder les deux</translation>
    </message>
    <message>
        <source>Import #{id} undone: the campaigns are as they were before it.</source>
        <translation>Importation n° {id} annulée : les campagnes sont comme avant.</translation>
    </message>
    <message>
        <source>&amp;Imports…</source>
        <translation>&amp;Importations…</translation>
    </message>
    <message>
        <source>Every file you imported, with undo</source>
        <translation>Tous les fichiers importés, avec annulation</translation>
    </message>
</context>
<context>
    <name>ImportListWords</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutées</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mises à jour</translation>
    </message>
    <message numerus="yes">
        <source>Import #{id} cannot be undone yet: %n later import(s) ({names}) changed the same campaigns. Undo import #{last} first, then this one.</source>
        <translation>
            <numerusform>L&apos;importation n° {id} ne peut pas encore être annulée : %n importation plus récente ({names}) a modifié les mêmes campagnes. Annulez d&apos;abord l&apos;importation n° {last}, puis celle-ci.</numerusform>
            <numerusform>L&apos;importation n° {id} ne peut pas encore être annulée : %n importations plus récentes ({names}) ont modifié les mêmes campagnes. Annulez d&apos;abord l&apos;importation n° {last}, puis celle-ci.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing import #{id} ({file}, {on}) will:</source>
        <translation>Annuler l&apos;importation n° {id} ({file}, {on}) va :</translation>
    </message>
    <message numerus="yes">
        <source>• delete the %n campaign(s) it added</source>
        <translation>
            <numerusform>• supprimer la %n campagne ajoutée</numerusform>
            <numerusform>• supprimer les %n campagnes ajoutées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• put the figures of the %n campaign(s) it updated back as they were before</source>
        <translation>
            <numerusform>• remettre les chiffres de la %n campagne mise à jour comme avant</numerusform>
            <numerusform>• remettre les chiffres des %n campagnes mises à jour comme avant</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• forget the %n message(s) it read</source>
        <translation>
            <numerusform>• oublier le %n message lu</numerusform>
            <numerusform>• oublier les %n messages lus</numerusform>
        </translation>
    </message>
    <message>
        <source>• change nothing in your campaigns</source>
        <translation>• ne rien changer à vos campagnes</translation>
    </message>
    <message>
        <source>Changes you typed into those campaigns since then are undone too. A backup is made first.</source>
        <translation>Les modifications saisies depuis dans ces campagnes sont aussi annulées. Une sauvegarde est faite avant.</translation>
    </message>
    <message>
        <source>Cannot undo this import</source>
        <translation>Impossible d&apos;annuler cette importation</translation>
    </message>
    <message>
        <source>Undo import #{id}?</source>
        <translation>Annuler l&apos;importation n° {id} ?</translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation>Annuler l&apos;importation</translation>
    </message>
    <message>
        <source>Import #{id} ({file}) undone.</source>
        <translation>Importation n° {id} ({file}) annulée.</translation>
    </message>
</context>
<context>
    <name>ImportNoteWords</name>
    <message>
        <source>Columns are separated by commas.</source>
        <translation>Les colonnes sont séparées par des virgules.</translation>
    </message>
    <message>
        <source>Columns are separated by semicolons.</source>
        <translation>Les colonnes sont séparées par des points-virgules.</translation>
    </message>
    <message>
        <source>Columns are separated by tabs.</source>
        <translation>Les colonnes sont séparées par des tabulations.</translation>
    </message>
    <message>
        <source>Columns are separated by vertical bars (|).</source>
        <translation>Les colonnes sont séparées par des barres verticales (|).</translation>
    </message>
    <message>
        <source>The file is named {ext} but holds CSV text; it was read as CSV.</source>
        <translation>Le fichier porte l&apos;extension {ext} mais contient du texte CSV&#xa0;; il a été lu comme un CSV.</translation>
    </message>
    <message>
        <source>The file is named {ext} but is an Excel workbook (.xlsx); it was read as one.</source>
        <translation>Le fichier porte l&apos;extension {ext} mais c&apos;est un classeur Excel (.xlsx)&#xa0;; il a été lu comme tel.</translation>
    </message>
    <message>
        <source>The file is named {ext} but is an OpenDocument spreadsheet (.ods); it was read as one.</source>
        <translation>Le fichier porte l&apos;extension {ext} mais c&apos;est une feuille de calcul OpenDocument (.ods)&#xa0;; il a été lu comme tel.</translation>
    </message>
    <message>
        <source>The file is named {ext} but is an old Excel workbook (.xls); it was read as one.</source>
        <translation>Le fichier porte l&apos;extension {ext} mais c&apos;est un ancien classeur Excel (.xls)&#xa0;; il a été lu comme tel.</translation>
    </message>
    <message>
        <source>No date in column &apos;{column}&apos; shows whether the day or the month comes first; read with the day first (choose the other order if that is wrong).</source>
        <translation>Aucune date de la colonne «&#xa0;{column}&#xa0;» n&apos;indique si le jour ou le mois vient en premier&#xa0;; elles ont été lues avec le jour en premier (choisissez l&apos;autre ordre si c&apos;est faux).</translation>
    </message>
    <message>
        <source>No date in column &apos;{column}&apos; shows whether the day or the month comes first; read with the month first (choose the other order if that is wrong).</source>
        <translation>Aucune date de la colonne «&#xa0;{column}&#xa0;» n&apos;indique si le jour ou le mois vient en premier&#xa0;; elles ont été lues avec le mois en premier (choisissez l&apos;autre ordre si c&apos;est faux).</translation>
    </message>
    <message numerus="yes">
        <source>Sheet &apos;{sheet}&apos;, column &apos;{column}&apos; (not imported): %n cell(s) hold a formula with no saved result (row {rows}).</source>
        <translation>
            <numerusform>Feuille «&#xa0;{sheet}&#xa0;», colonne «&#xa0;{column}&#xa0;» (non importée)&#xa0;: %n cellule contient une formule sans résultat enregistré (ligne {rows}).</numerusform>
            <numerusform>Feuille «&#xa0;{sheet}&#xa0;», colonne «&#xa0;{column}&#xa0;» (non importée)&#xa0;: %n cellules contiennent des formules sans résultat enregistré (lignes {rows}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Part of the file is not in UTF-8; that part was read as Windows text (Windows-1252).</source>
        <translation>Une partie du fichier n&apos;est pas en UTF-8&#xa0;; cette partie a été lue comme du texte Windows (Windows-1252).</translation>
    </message>
    <message>
        <source>The file is not in UTF-8; it was read as Windows text (Windows-1252).</source>
        <translation>Le fichier n&apos;est pas en UTF-8&#xa0;; il a été lu comme du texte Windows (Windows-1252).</translation>
    </message>
    <message>
        <source>The file is not in UTF-8; it was read as Mac Roman text (saved by an older Mac).</source>
        <translation>Le fichier n&apos;est pas en UTF-8&#xa0;; il a été lu comme du texte Mac Roman (enregistré par un ancien Mac).</translation>
    </message>
    <message>
        <source>Numbers use a decimal comma ({example}).</source>
        <translation>Les nombres ont une virgule décimale ({example}).</translation>
    </message>
    <message>
        <source>Numbers like {example} were read as thousands (1234): no value showed a decimal mark, so please check the figures.</source>
        <translation>Les nombres comme {example} ont été lus comme des milliers (1234)&#xa0;: aucune valeur ne montrait de séparateur décimal, vérifiez donc les chiffres.</translation>
    </message>
    <message>
        <source>Some numbers use a decimal comma and others a decimal point; the point was used because most numbers have it.</source>
        <translation>Certains nombres ont une virgule décimale et d&apos;autres un point&#xa0;; le point a été retenu car la plupart l&apos;utilisent.</translation>
    </message>
    <message>
        <source>Files named {ext} are not a known format; this one holds text and was read as CSV.</source>
        <translation>Les fichiers avec l&apos;extension {ext} ne sont pas d&apos;un format connu&#xa0;; celui-ci contient du texte et a été lu comme un CSV.</translation>
    </message>
    <message>
        <source>The file has no message id column: repeated rows are recognised by their content.</source>
        <translation>Le fichier n&apos;a pas de colonne d&apos;identifiants de message&#xa0;: les lignes répétées sont reconnues à leur contenu.</translation>
    </message>
    <message>
        <source>This looks like a phone number, not a count.</source>
        <translation>Cela ressemble à un numéro de téléphone, pas à un nombre.</translation>
    </message>
    <message>
        <source>This looks like a phone number, not an amount.</source>
        <translation>Cela ressemble à un numéro de téléphone, pas à un montant.</translation>
    </message>
    <message>
        <source>This is not a number; &apos;{field}&apos; must be a number.</source>
        <translation>Ce n&apos;est pas un nombre&#xa0;; «&#xa0;{field}&#xa0;» doit être un nombre.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is far too large to be an amount (the most SMS Planner takes is {most}).</source>
        <translation>«&#xa0;{field}&#xa0;» est bien trop grand pour un montant (SMS Planner accepte au plus {most}).</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; must be a whole number.</source>
        <translation>«&#xa0;{field}&#xa0;» doit être un nombre entier.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is far too large to be a count.</source>
        <translation>«&#xa0;{field}&#xa0;» est bien trop grand pour un décompte.</translation>
    </message>
    <message>
        <source>This rate is not a number or a percentage.</source>
        <translation>Ce taux n&apos;est ni un nombre ni un pourcentage.</translation>
    </message>
    <message>
        <source>Expected yes or no (or true/false, 1/0, x).</source>
        <translation>Attendu&#xa0;: oui ou non (ou true/false, 1/0, x).</translation>
    </message>
    <message>
        <source>The year is out of range: SMS Planner reads dates from {first} to {last}.</source>
        <translation>L&apos;année est hors limites&#xa0;: SMS Planner lit les dates de {first} à {last}.</translation>
    </message>
    <message>
        <source>This is not a date SMS Planner can read.</source>
        <translation>Ce n&apos;est pas une date que SMS Planner sait lire.</translation>
    </message>
    <message>
        <source>Campaign &apos;{campaign}&apos;: no message has a send time, so its date is unknown.</source>
        <translation>Campagne «&#xa0;{campaign}&#xa0;»&#xa0;: aucun message n&apos;a d&apos;heure d&apos;envoi, sa date est donc inconnue.</translation>
    </message>
    <message>
        <source>Sheet &apos;{sheet}&apos;: this cell holds a formula with no saved result. Open the file in your spreadsheet program, save it, then import it again.</source>
        <translation>Feuille «&#xa0;{sheet}&#xa0;»&#xa0;: cette cellule contient une formule sans résultat enregistré. Ouvrez le fichier dans votre tableur, enregistrez-le, puis importez-le de nouveau.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewModel</name>
    <message>
        <source>Row number as your spreadsheet shows it</source>
        <translation>Numéro de ligne tel que votre tableur l&apos;affiche</translation>
    </message>
    <message>
        <source>Phone numbers are personal data: this column is never read or stored.</source>
        <translation>Les numéros de téléphone sont des données personnelles : cette colonne n&apos;est jamais lue ni gardée.</translation>
    </message>
    <message>
        <source>Column “{column}” of the file</source>
        <translation>Colonne « {column} » du fichier</translation>
    </message>
    <message>
        <source>{label}: “{text}”</source>
        <translation>{label} : « {text} »</translation>
    </message>
    <message>
        <source>Title row, not imported</source>
        <translation>Ligne de titre, non importée</translation>
    </message>
    <message>
        <source>Blank row, not imported</source>
        <translation>Ligne vide, non importée</translation>
    </message>
    <message>
        <source>Totals row, left out: totals are not campaigns</source>
        <translation>Ligne de totaux, laissée de côté : les totaux ne sont pas des campagnes</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importée</translation>
    </message>
</context>
<context>
    <name>ImportSessionWords</name>
    <message>
        <source>Campaign summaries</source>
        <translation>Résumés de campagnes</translation>
    </message>
    <message>
        <source>Per-message log</source>
        <translation>Journal par message</translation>
    </message>
    <message>
        <source>One row per campaign, with its counts (sent, clicks, orders…)</source>
        <translation>Une ligne par campagne, avec ses chiffres (envoyés, clics, commandes…)</translation>
    </message>
    <message>
        <source>One row per text message sent or received; SMS Planner adds them up into campaigns</source>
        <translation>Une ligne par SMS envoyé ou reçu ; SMS Planner les regroupe en campagnes</translation>
    </message>
    <message>
        <source>Message id</source>
        <translation>Identifiant du message</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Nom de la campagne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Sent at</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Message parts</source>
        <translation>Parties SMS</translation>
    </message>
    <message>
        <source>Clicked (yes/no)</source>
        <translation>Cliqué (oui/non)</translation>
    </message>
    <message>
        <source>Replied (yes/no)</source>
        <translation>A répondu (oui/non)</translation>
    </message>
    <message>
        <source>Converted (yes/no)</source>
        <translation>Converti (oui/non)</translation>
    </message>
    <message>
        <source>Order value</source>
        <translation>Montant de la commande</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>The file&apos;s one row cannot be imported: see the problems listed below.</source>
        <translation>L&apos;unique ligne du fichier ne peut pas être importée : voyez les problèmes ci-dessous.</translation>
    </message>
    <message numerus="yes">
        <source>None of the %n row(s) can be imported: see the problems listed below.</source>
        <translation>
            <numerusform>Aucune des %n ligne ne peut être importée : voyez les problèmes ci-dessous.</numerusform>
            <numerusform>Aucune des %n lignes ne peut être importée : voyez les problèmes ci-dessous.</numerusform>
        </translation>
    </message>
    <message>
        <source>No row of this file describes an SMS campaign.</source>
        <translation>Aucune ligne de ce fichier ne décrit une campagne SMS.</translation>
    </message>
    <message numerus="yes">
        <source>Import %n good row(s), skip {bad}</source>
        <translation>
            <numerusform>Importer %n bonne ligne, ignorer {bad}</numerusform>
            <numerusform>Importer %n bonnes lignes, ignorer {bad}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be imported (see the problems). Fix the file and open it again, or import the good rows now.</source>
        <translation>
            <numerusform>%n ligne ne peut pas être importée (voir les problèmes). Corrigez le fichier et rouvrez-le, ou importez maintenant les bonnes lignes.</numerusform>
            <numerusform>%n lignes ne peuvent pas être importées (voir les problèmes). Corrigez le fichier et rouvrez-le, ou importez maintenant les bonnes lignes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import {messages} into %n campaign(s)</source>
        <translation>
            <numerusform>Importer {messages} dans %n campagne</numerusform>
            <numerusform>Importer {messages} dans %n campagnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %n campaign(s)</source>
        <translation>
            <numerusform>Importer %n campagne</numerusform>
            <numerusform>Importer %n campagnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) added, {updated} updated.</source>
        <translation>
            <numerusform>%n campagne ajoutée, {updated} mises à jour.</numerusform>
            <numerusform>%n campagnes ajoutées, {updated} mises à jour.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) read.</source>
        <translation>
            <numerusform>%n message lu.</numerusform>
            <numerusform>%n messages lus.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n total row(s) left out.</source>
        <translation>
            <numerusform>%n ligne de totaux laissée de côté.</numerusform>
            <numerusform>%n lignes de totaux laissées de côté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n email or other non-SMS row(s) left out: SMS only.</source>
        <translation>
            <numerusform>%n ligne d&apos;e-mail ou autre que SMS laissée de côté : SMS uniquement.</numerusform>
            <numerusform>%n lignes d&apos;e-mail ou autres que SMS laissées de côté : SMS uniquement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) with problems skipped.</source>
        <translation>
            <numerusform>%n ligne avec des problèmes ignorée.</numerusform>
            <numerusform>%n lignes avec des problèmes ignorées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The preview shows the first %n row(s) of {total}; every row was checked.</source>
        <translation>
            <numerusform>L&apos;aperçu montre la première ligne sur {total} ; chaque ligne a été vérifiée.</numerusform>
            <numerusform>L&apos;aperçu montre les %n premières lignes sur {total} ; chaque ligne a été vérifiée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Using the columns you chose last time for a file with these headers.</source>
        <translation>Utilisation des colonnes choisies la dernière fois pour un fichier avec ces en-têtes.</translation>
    </message>
    <message>
        <source>Not used: {columns}.</source>
        <translation>Non utilisées : {columns}.</translation>
    </message>
    <message>
        <source>Left out as personal data: {columns}.</source>
        <translation>Laissées de côté (données personnelles) : {columns}.</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message>
        <source>Nothing to import</source>
        <translation>Rien à importer</translation>
    </message>
    <message>
        <source>This file was already imported on {on} as import #{id}; importing it again would change nothing.</source>
        <translation>Ce fichier a déjà été importé le {on} (importation n° {id}) ; le réimporter ne changerait rien.</translation>
    </message>
    <message>
        <source>No new backup was made: the backup from {time} already holds everything from before this import.</source>
        <translation>Aucune nouvelle sauvegarde n’a été faite : la sauvegarde du {time} contient déjà tout ce qui précédait cette importation.</translation>
    </message>
    <message>
        <source>The money in this file is in {found} ({found_symbol}), but your amounts are shown in {preferred} ({preferred_symbol}). Amounts are never converted: use {found_symbol} for your amounts, or import this file without its revenue and cost.</source>
        <translation>Les montants de ce fichier sont en {found} ({found_symbol}), mais vos montants s&apos;affichent en {preferred} ({preferred_symbol}). Les montants ne sont jamais convertis : utilisez {found_symbol} pour vos montants, ou importez ce fichier sans chiffre d&apos;affaires ni coût.</translation>
    </message>
    <message>
        <source>In this file automatic answers cost {auto} and incoming texts cost {incoming}: not counted in the campaign&apos;s cost.</source>
        <translation>Dans ce fichier, les réponses automatiques coûtent {auto} et les SMS reçus {incoming} : non comptés dans le coût de la campagne.</translation>
    </message>
    <message>
        <source>In this file automatic answers cost {auto}: not counted in the campaign&apos;s cost.</source>
        <translation>Dans ce fichier, les réponses automatiques coûtent {auto} : non comptées dans le coût de la campagne.</translation>
    </message>
    <message>
        <source>In this file incoming texts cost {incoming}: not counted in the campaign&apos;s cost.</source>
        <translation>Dans ce fichier, les SMS reçus coûtent {incoming} : non comptés dans le coût de la campagne.</translation>
    </message>
    <message>
        <source>{file} is a per-message log without a campaign column: type the campaign&apos;s name in the box above, or choose the column that holds it.</source>
        <translation>{file} est un journal par message sans colonne de campagne : saisissez le nom de la campagne ci-dessus, ou choisissez la colonne qui le contient.</translation>
    </message>
    <message>
        <source>The file has no campaign name column: choose the column that holds it, or type a campaign name above.</source>
        <translation>Le fichier n&apos;a pas de colonne de nom de campagne : choisissez la colonne qui le contient, ou saisissez un nom ci-dessus.</translation>
    </message>
    <message>
        <source>The file has no date column: choose the column that holds the day each campaign was sent.</source>
        <translation>Le fichier n&apos;a pas de colonne de date : choisissez la colonne qui contient le jour d&apos;envoi de chaque campagne.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) for other channels ({channels}) left out: SMS Planner imports SMS and MMS campaigns.</source>
        <translation>
            <numerusform>%n ligne d&apos;autres canaux ({channels}) laissée de côté : SMS Planner importe les campagnes SMS et MMS.</numerusform>
            <numerusform>%n lignes d&apos;autres canaux ({channels}) laissées de côté : SMS Planner importe les campagnes SMS et MMS.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: every row is for another channel than SMS ({channels}); SMS Planner imports SMS and MMS campaigns.</source>
        <translation>{file} : chaque ligne concerne un autre canal que le SMS ({channels}) ; SMS Planner importe les campagnes SMS et MMS.</translation>
    </message>
    <message numerus="yes">
        <source>{file}: %n problem(s) found; nothing was imported. Fix the file and open it again, or import the good rows.</source>
        <translation>
            <numerusform>{file} : %n problème trouvé ; rien n&apos;a été importé. Corrigez le fichier et rouvrez-le, ou importez les bonnes lignes.</numerusform>
            <numerusform>{file} : %n problèmes trouvés ; rien n&apos;a été importé. Corrigez le fichier et rouvrez-le, ou importez les bonnes lignes.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file} holds totals per report period (&apos;{example}&apos; in column &apos;{column}&apos;), not campaign sends. Open your provider&apos;s campaign report instead (one row per send), or choose the column that holds the send date.</source>
        <translation>{file} contient des totaux par période (« {example} » dans la colonne « {column} »), pas des envois de campagne. Ouvrez plutôt le rapport de campagnes de votre fournisseur (une ligne par envoi), ou choisissez la colonne qui contient la date d&apos;envoi.</translation>
    </message>
    <message>
        <source>{file} is a log of phone calls (column &apos;{column}&apos;), not text messages: SMS Planner imports SMS and MMS campaigns.</source>
        <translation>{file} est un journal d&apos;appels téléphoniques (colonne &apos;{column}&apos;), pas de messages texte : SMS Planner importe des campagnes SMS et MMS.</translation>
    </message>
    <message>
        <source>{file} is a log of {channels} messages (column &apos;{column}&apos;), not text messages: SMS Planner imports SMS and MMS campaigns.</source>
        <translation>{file} est un journal de messages {channels} (colonne « {column} »), pas de SMS : SMS Planner importe les campagnes SMS et MMS.</translation>
    </message>
    <message>
        <source>{file} is a shop&apos;s order list, not a report of messages sent: open the campaign report or message log from your SMS provider instead.</source>
        <translation>{file} est une liste de commandes d&apos;une boutique, pas un rapport de messages envoyés : ouvrez plutôt le rapport de campagnes ou le journal des messages de votre fournisseur SMS.</translation>
    </message>
    <message>
        <source>{file}: its money is in {found}, but your amounts are in {preferred} (Preferences); nothing was imported.</source>
        <translation>{file} : ses montants sont en {found}, mais les vôtres sont en {preferred} (Préférences) ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{file}: no row could be imported.</source>
        <translation>{file} : aucune ligne n&apos;a pu être importée.</translation>
    </message>
    <message>
        <source>The file has no column &apos;{column}&apos;. Its columns are: {columns}.</source>
        <translation>Le fichier n&apos;a pas de colonne « {column} ». Ses colonnes sont : {columns}.</translation>
    </message>
    <message>
        <source>A column choice is written FIELD=COLUMN, not &apos;{item}&apos;.</source>
        <translation>Un choix de colonne s&apos;écrit CHAMP=COLONNE, pas « {item} ».</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a field; use one of: {fields}.</source>
        <translation>« {field} » n&apos;est pas un champ ; utilisez l&apos;un de : {fields}.</translation>
    </message>
    <message>
        <source>The channel must be &apos;sms&apos; or &apos;all&apos;, not &apos;{channel}&apos;.</source>
        <translation>Le canal doit être « sms » ou « all », pas « {channel} ».</translation>
    </message>
    <message>
        <source>The shape must be &apos;summary&apos; or &apos;messages&apos;, not &apos;{shape}&apos;.</source>
        <translation>La forme doit être « summary » ou « messages », pas « {shape} ».</translation>
    </message>
    <message numerus="yes">
        <source>{file}: the file has no campaign rows, only %n total row(s) (totals are not campaigns).</source>
        <translation>
            <numerusform>{file} : le fichier n&apos;a aucune ligne de campagne, seulement %n ligne de totaux (les totaux ne sont pas des campagnes).</numerusform>
            <numerusform>{file} : le fichier n&apos;a aucune ligne de campagne, seulement %n lignes de totaux (les totaux ne sont pas des campagnes).</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: the file has column headers but no rows to import.</source>
        <translation>{file} : le fichier a des en-têtes de colonnes mais aucune ligne à importer.</translation>
    </message>
    <message numerus="yes">
        <source>The file is UTF-8 except on %n row(s) ({rows}), whose accented letters were read as Windows-1252: please check.</source>
        <translation>
            <numerusform>Le fichier est en UTF-8 sauf sur %n ligne ({rows}), dont les lettres accentuées ont été lues en Windows-1252 : vérifiez-la.</numerusform>
            <numerusform>Le fichier est en UTF-8 sauf sur %n lignes ({rows}), dont les lettres accentuées ont été lues en Windows-1252 : vérifiez-les.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of {channels} messages: the phone numbers are written &apos;{prefix}:+...&apos;.</source>
        <translation>
            <numerusform>%n ligne de messages {channels} : les numéros s&apos;écrivent « {prefix}:+... ».</numerusform>
            <numerusform>%n lignes de messages {channels} : les numéros s&apos;écrivent « {prefix}:+... ».</numerusform>
        </translation>
    </message>
    <message>
        <source>This file has no channel column; its columns ({columns}) are an email report&apos;s, so its rows are email campaigns.</source>
        <translation>Ce fichier n&apos;a pas de colonne de canal ; ses colonnes ({columns}) sont celles d&apos;un rapport d&apos;e-mails, donc ses lignes sont des campagnes e-mail.</translation>
    </message>
    <message>
        <source>Column &apos;{column}&apos; holds {values}, not channel names; those rows were read as {channel}.</source>
        <translation>La colonne « {column} » contient {values}, pas des noms de canaux ; ces lignes ont été lues comme {channel}.</translation>
    </message>
    <message>
        <source>The file has no campaign name column: each campaign is named by its subject (column &apos;{column}&apos;).</source>
        <translation>Le fichier n&apos;a pas de colonne de nom de campagne : chaque campagne prend le nom de son objet (colonne « {column} »).</translation>
    </message>
    <message numerus="yes">
        <source>Column &apos;{column}&apos;: %n value(s) not read as a time of day (row {rows}); those campaigns have no send time.</source>
        <translation>
            <numerusform>Colonne « {column} » : %n valeur non lue comme une heure (ligne {rows}) ; ces campagnes n&apos;ont pas d&apos;heure d&apos;envoi.</numerusform>
            <numerusform>Colonne « {column} » : %n valeurs non lues comme une heure (ligne {rows}) ; ces campagnes n&apos;ont pas d&apos;heure d&apos;envoi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) never sent ({column} = {statuses}): left out.</source>
        <translation>
            <numerusform>%n campagne jamais envoyée ({column} = {statuses}) : laissée de côté.</numerusform>
            <numerusform>%n campagnes jamais envoyées ({column} = {statuses}) : laissées de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>Column &apos;{column}&apos; holds the report period (&apos;{example}&apos;), not the send day; the send day was read from &apos;{used}&apos;.</source>
        <translation>La colonne « {column} » contient la période du rapport (« {example} »), pas le jour d&apos;envoi ; le jour d&apos;envoi a été lu dans « {used} ».</translation>
    </message>
    <message numerus="yes">
        <source>%n automatic answer(s) to incoming texts ({column} = outbound-reply): not campaign sends, so left out of sent, delivered and cost.</source>
        <translation>
            <numerusform>%n réponse automatique à des SMS reçus ({column} = outbound-reply) : pas un envoi de campagne, donc exclue des envoyés, remis et du coût.</numerusform>
            <numerusform>%n réponses automatiques à des SMS reçus ({column} = outbound-reply) : pas des envois de campagne, donc exclues des envoyés, remis et du coût.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message id(s) repeated in the file: the last row of each was used.</source>
        <translation>
            <numerusform>%n identifiant de message répété dans le fichier : la dernière ligne a été utilisée.</numerusform>
            <numerusform>%n identifiants de message répétés dans le fichier : la dernière ligne de chacun a été utilisée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of the file are further parts of a longer message (column &apos;{column}&apos;): each message is counted once, with the price of all its parts.</source>
        <translation>
            <numerusform>%n ligne du fichier est une partie supplémentaire d&apos;un message plus long (colonne &apos;{column}&apos;) : chaque message compte une fois, avec le prix de toutes ses parties.</numerusform>
            <numerusform>%n lignes du fichier sont des parties supplémentaires de messages plus longs (colonne &apos;{column}&apos;) : chaque message compte une fois, avec le prix de toutes ses parties.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file&apos;s money is in several currencies ({currencies}); amounts were read as they are, without converting.</source>
        <translation>Les montants du fichier sont dans plusieurs devises ({currencies}) ; ils ont été lus tels quels, sans conversion.</translation>
    </message>
    <message>
        <source>{file}: the file does not exist.</source>
        <translation>{file} : le fichier n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{file}: this is a folder, not a file.</source>
        <translation>{file} : c&apos;est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>{file}: SMS Planner is not allowed to read this file.</source>
        <translation>{file} : SMS Planner n&apos;a pas le droit de lire ce fichier.</translation>
    </message>
    <message numerus="yes">
        <source>{file}: dry run, nothing written; %n campaign(s) would be imported.</source>
        <translation>
            <numerusform>{file} : essai à blanc, rien d&apos;écrit ; %n campagne serait importée.</numerusform>
            <numerusform>{file} : essai à blanc, rien d&apos;écrit ; %n campagnes seraient importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported {file} as import #{id}: %n campaign(s) created, {updated} updated.</source>
        <translation>
            <numerusform>{file} importé (importation n° {id}) : %n campagne créée, {updated} mises à jour.</numerusform>
            <numerusform>{file} importé (importation n° {id}) : %n campagnes créées, {updated} mises à jour.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: every row has a problem, so nothing was imported.</source>
        <translation>{file} : chaque ligne a un problème, donc rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Revenue and cost were left out: the file&apos;s money is in {currency}.</source>
        <translation>Le chiffre d&apos;affaires et le coût ont été laissés de côté : les montants du fichier sont en {currency}.</translation>
    </message>
    <message>
        <source>{file} has none of the columns of a campaign report or a message log. Open your provider&apos;s campaign report or message log instead, or choose the columns that hold the campaign name and the send date.</source>
        <translation>{file} n&apos;a aucune des colonnes d&apos;un rapport de campagne ou d&apos;un journal de messages. Ouvrez plutôt le rapport de campagne ou le journal de messages de votre fournisseur, ou choisissez les colonnes du nom de campagne et de la date d&apos;envoi.</translation>
    </message>
    <message>
        <source>Campaign &apos;{campaign}&apos;: {problem}</source>
        <translation>Campagne « {campaign} » : {problem}</translation>
    </message>
    <message>
        <source>Every row ({count}): {problem}</source>
        <translation>Chaque ligne ({count}) : {problem}</translation>
    </message>
    <message>
        <source>{count} of {rows} rows: {problem}</source>
        <translation>{count} lignes sur {rows} : {problem}</translation>
    </message>
    <message>
        <source>The file is a campaign report written as labels and values ({labels}), not a table: read as one campaign.</source>
        <translation>Le fichier est un rapport de campagne écrit en libellés et valeurs ({labels}), pas un tableau : lu comme une seule campagne.</translation>
    </message>
    <message numerus="yes">
        <source>The file is a campaign report written as labels and values ({labels}), not a table: read as %n campaign(s) ({sections}).</source>
        <translation>
            <numerusform>Le fichier est un rapport de campagne écrit en libellés et valeurs ({labels}), pas un tableau : lu comme %n campagne ({sections}).</numerusform>
            <numerusform>Le fichier est un rapport de campagne écrit en libellés et valeurs ({labels}), pas un tableau : lu comme %n campagnes ({sections}).</numerusform>
        </translation>
    </message>
    <message>
        <source>The campaign name is missing on this row.</source>
        <translation>Le nom de la campagne manque sur cette ligne.</translation>
    </message>
    <message>
        <source>The date is missing: when was it sent?</source>
        <translation>La date manque : quand a-t-elle été envoyée ?</translation>
    </message>
    <message>
        <source>Campaign &apos;{name}&apos; on {date} is already on row {row} of this file.</source>
        <translation>La campagne « {name} » du {date} figure déjà à la ligne {row} de ce fichier.</translation>
    </message>
    <message numerus="yes">
        <source>%n total row(s) left out: totals are not campaigns.</source>
        <translation>
            <numerusform>%n ligne de totaux laissée de côté : les totaux ne sont pas des campagnes.</numerusform>
            <numerusform>%n lignes de totaux laissées de côté : les totaux ne sont pas des campagnes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n campaign(s) share their name and day with another send (a test or a re-send, e.g. &apos;{example}&apos;): each is named with its send time.</source>
        <translation>
            <numerusform>%n campagne partage son nom et son jour avec un autre envoi (un test ou un renvoi, p. ex. « {example} ») : chacune est nommée avec son heure d&apos;envoi.</numerusform>
            <numerusform>%n campagnes partagent leur nom et leur jour avec un autre envoi (un test ou un renvoi, p. ex. « {example} ») : chacune est nommée avec son heure d&apos;envoi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s) like these.</source>
        <translation>
            <numerusform>… et %n autre problème du même genre.</numerusform>
            <numerusform>… et %n autres problèmes du même genre.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: {reason}</source>
        <translation>{file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{file}: nothing was imported, because some campaigns&apos; figures would not add up with the ones already saved (see the problems listed).</source>
        <translation>{file}&#xa0;: rien n&apos;a été importé, car les chiffres de certaines campagnes ne concorderaient pas avec ceux déjà enregistrés (voir les problèmes listés).</translation>
    </message>
    <message>
        <source>{file}: the chosen columns do not fit this file; choose them again.</source>
        <translation>{file}&#xa0;: les colonnes choisies ne correspondent pas à ce fichier&#xa0;; choisissez-les de nouveau.</translation>
    </message>
</context>
<context>
    <name>ImportsDialog</name>
    <message>
        <source>Imports</source>
        <translation>Importations</translation>
    </message>
    <message>
        <source>Every file imported into this database, newest first. Undoing an import puts your campaigns back exactly as they were before it.</source>
        <translation>Tous les fichiers importés dans cette base, les plus récents d&apos;abord. Annuler une importation remet vos campagnes exactement comme avant.</translation>
    </message>
    <message>
        <source>No files imported yet. Use File &gt; Import results (Ctrl+O), or drop a file on the window.</source>
        <translation>Aucun fichier importé pour l&apos;instant. Utilisez Fichier &gt; Importer des résultats (Ctrl+O) ou déposez un fichier sur la fenêtre.</translation>
    </message>
    <message>
        <source>&amp;Undo this import…</source>
        <translation>&amp;Annuler cette importation…</translation>
    </message>
    <message>
        <source>{imported} of {read}</source>
        <translation>{imported} sur {read}</translation>
    </message>
    <message numerus="yes">
        <source>{imported} imported; %n row(s) left out</source>
        <translation>
            <numerusform>{imported} importées ; %n ligne laissée de côté</numerusform>
            <numerusform>{imported} importées ; %n lignes laissées de côté</numerusform>
        </translation>
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
    <name>MappingHeader</name>
    <message>
        <source>Phone numbers are personal data: SMS Planner never reads or stores this column.</source>
        <translation>Les numéros de téléphone sont des données personnelles : SMS Planner ne lit ni ne garde jamais cette colonne.</translation>
    </message>
    <message>
        <source>Column {column}: dropped, personal data</source>
        <translation>Colonne {column} : ignorée, données personnelles</translation>
    </message>
    <message>
        <source>Field for column {column}</source>
        <translation>Champ de la colonne {column}</translation>
    </message>
    <message>
        <source>Which figure the column “{column}” holds</source>
        <translation>Le chiffre que contient la colonne « {column} »</translation>
    </message>
    <message>
        <source>{field}, worked out from this rate</source>
        <translation>{field}, calculé à partir de ce taux</translation>
    </message>
</context>
<context>
    <name>MappingWords</name>
    <message>
        <source>— not used —</source>
        <translation>— non utilisée —</translation>
    </message>
    <message>
        <source>dropped: personal data</source>
        <translation>ignorée : données personnelles</translation>
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
    <name>MessageCostBox</name>
    <message>
        <source>Paste or type your message here</source>
        <translation>Collez ou tapez votre message ici</translation>
    </message>
    <message>
        <source>Message text</source>
        <translation>Texte du message</translation>
    </message>
    <message>
        <source>Replace curly quotes and dashes</source>
        <translation>Remplacer guillemets et tirets</translation>
    </message>
    <message>
        <source>Swap look-alike characters for plain ones so the message can go as GSM-7 (cheaper: 160 characters per part, not 70)</source>
        <translation>Remplacer les caractères similaires par des caractères simples pour que le message parte en GSM-7 (moins cher&#xa0;: 160 caractères par partie au lieu de 70)</translation>
    </message>
    <message>
        <source>People to text</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Price per message part</source>
        <translation>Prix par partie de message</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>How it arrives, part by part</source>
        <translation>Comment il arrive, partie par partie</translation>
    </message>
    <message>
        <source>The message split into its billed parts</source>
        <translation>Le message découpé en parties facturées</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;Part {part} of {parts}&lt;/b&gt; · %n character(s)&lt;br&gt;&lt;span&gt;{text}&lt;/span&gt;&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;Partie {part} sur {parts}&lt;/b&gt; · %n caractère&lt;br&gt;&lt;span&gt;{text}&lt;/span&gt;&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;Partie {part} sur {parts}&lt;/b&gt; · %n caractères&lt;br&gt;&lt;span&gt;{text}&lt;/span&gt;&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n message part(s)</source>
        <translation>
            <numerusform>%n partie de message</numerusform>
            <numerusform>%n parties de message</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln caractère</numerusform>
            <numerusform>%Ln caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>plain text</source>
        <translation>texte simple</translation>
    </message>
    <message>
        <source>with special characters</source>
        <translation>avec caractères spéciaux</translation>
    </message>
    <message>
        <source>Encoding: {encoding}. Message parts (SMS segments) are the pieces the network splits a long text into; each part is billed.</source>
        <translation>Encodage&#xa0;: {encoding}. Les parties de message (segments SMS) sont les morceaux en lesquels le réseau découpe un long texte&#xa0;; chaque partie est facturée.</translation>
    </message>
    <message numerus="yes">
        <source>%n character(s) left in the last part.</source>
        <translation>
            <numerusform>%n caractère restant dans la dernière partie.</numerusform>
            <numerusform>%n caractères restants dans la dernière partie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Plain text fits 160 characters in one part, 153 per part when the message needs several.</source>
        <translation>Un texte simple tient en 160 caractères par partie, 153 par partie quand le message en demande plusieurs.</translation>
    </message>
    <message>
        <source>Symbols like € [ ] { } ~ ^ | \ count as two.</source>
        <translation>Les symboles comme € [ ] { } ~ ^ | \ comptent double.</translation>
    </message>
    <message>
        <source>Special characters (like emoji or curly quotes) make each text part shorter: 70 characters instead of 160 (67 instead of 153 per part when the message needs several).</source>
        <translation>Les caractères spéciaux (emoji, guillemets typographiques) raccourcissent chaque partie&#xa0;: 70 caractères au lieu de 160 (67 au lieu de 153 par partie quand le message en demande plusieurs).</translation>
    </message>
    <message>
        <source>An emoji counts as two.</source>
        <translation>Un emoji compte double.</translation>
    </message>
    <message>
        <source>Technically: {units} GSM-7 septets in {encoding} encoding; {per_part} per part at this length.</source>
        <translation>Techniquement&#xa0;: {units} septets GSM-7 en encodage {encoding}&#xa0;; {per_part} par partie à cette longueur.</translation>
    </message>
    <message>
        <source>Technically: {units} UTF-16 code units in {encoding} encoding; {per_part} per part at this length.</source>
        <translation>Techniquement&#xa0;: {units} unités de code UTF-16 en encodage {encoding}&#xa0;; {per_part} par partie à cette longueur.</translation>
    </message>
    <message>
        <source>The special characters here: {characters}</source>
        <translation>Les caractères spéciaux ici&#xa0;: {characters}</translation>
    </message>
    <message>
        <source>These characters are not in the GSM-7 alphabet, so the whole message goes as UCS-2.</source>
        <translation>Ces caractères ne font pas partie de l&apos;alphabet GSM-7&#xa0;: tout le message part donc en UCS-2.</translation>
    </message>
    <message numerus="yes">
        <source>{cost}  ({parts} × %Ln person(s) × {price})</source>
        <translation>
            <numerusform>{cost}  ({parts} × %Ln personne × {price})</numerusform>
            <numerusform>{cost}  ({parts} × %Ln personnes × {price})</numerusform>
        </translation>
    </message>
    <message>
        <source>from your message text ({kind})</source>
        <translation>d&apos;après le texte de votre message ({kind})</translation>
    </message>
</context>
<context>
    <name>NextSendBox</name>
    <message>
        <source>Plan the next send</source>
        <translation>Planifier le prochain envoi</translation>
    </message>
    <message>
        <source>Open in Plan</source>
        <translation>Ouvrir dans Plan</translation>
    </message>
    <message>
        <source>The what-if panel with this history: change the audience, costs and revenue there</source>
        <translation>Le panneau « Et si » avec cet historique : modifiez-y l&apos;audience, les coûts et le chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>No past campaigns to {segment} with conversions recorded yet: type a rate in Plan to forecast.</source>
        <translation>Aucune campagne passée vers {segment} avec des conversions enregistrées : saisissez un taux dans Plan pour faire une prévision.</translation>
    </message>
    <message>
        <source>No past campaigns with conversions recorded yet: type a rate in Plan to forecast.</source>
        <translation>Aucune campagne passée avec des conversions enregistrées : saisissez un taux dans Plan pour faire une prévision.</translation>
    </message>
    <message numerus="yes">
        <source>Texting {people} person(s), as you usually do, should bring about {expected} conversions (likely {low80}–{high80}; 95%: {low95}–{high95}).</source>
        <translation>
            <numerusform>Écrire à {people} personne, comme d&apos;habitude, devrait rapporter environ {expected} conversions (probablement {low80}–{high80} ; 95 % : {low95}–{high95}).</numerusform>
            <numerusform>Écrire à {people} personnes, comme d&apos;habitude, devrait rapporter environ {expected} conversions (probablement {low80}–{high80} ; 95 % : {low95}–{high95}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This forecast is based on your last {count} campaign(s) to {segment} (of {of}), since {since}.</source>
        <translation>
            <numerusform>Cette prévision repose sur votre dernière campagne ({count}) vers {segment} (sur {of}), depuis {since}.</numerusform>
            <numerusform>Cette prévision repose sur vos {count} dernières campagnes vers {segment} (sur {of}), depuis {since}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This forecast is based on your last {count} campaign(s) (of {of}), since {since}.</source>
        <translation>
            <numerusform>Cette prévision repose sur votre dernière campagne ({count}) (sur {of}), depuis {since}.</numerusform>
            <numerusform>Cette prévision repose sur vos {count} dernières campagnes (sur {of}), depuis {since}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This forecast is based on your last {count} campaign(s) to {segment}, since {since}.</source>
        <translation>
            <numerusform>Cette prévision repose sur votre dernière campagne ({count}) vers {segment}, depuis {since}.</numerusform>
            <numerusform>Cette prévision repose sur vos {count} dernières campagnes vers {segment}, depuis {since}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This forecast is based on your last {count} campaign(s), since {since}.</source>
        <translation>
            <numerusform>Cette prévision repose sur votre dernière campagne ({count}), depuis {since}.</numerusform>
            <numerusform>Cette prévision repose sur vos {count} dernières campagnes, depuis {since}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This forecast is based on {count} campaign(s) to {segment} since {since}.</source>
        <translation>
            <numerusform>Cette prévision repose sur {count} campagne vers {segment} depuis {since}.</numerusform>
            <numerusform>Cette prévision repose sur {count} campagnes vers {segment} depuis {since}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This forecast is based on {count} campaign(s) since {since}.</source>
        <translation>
            <numerusform>Cette prévision repose sur {count} campagne depuis {since}.</numerusform>
            <numerusform>Cette prévision repose sur {count} campagnes depuis {since}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Edit planned send</source>
        <translation>Modifier l&apos;envoi planifié</translation>
    </message>
    <message>
        <source>Plan a send</source>
        <translation>Planifier un envoi</translation>
    </message>
    <message>
        <source>at</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Everyone (all past campaigns)</source>
        <translation>Tout le monde (toutes les campagnes passées)</translation>
    </message>
    <message>
        <source> people</source>
        <translation> personnes</translation>
    </message>
    <message>
        <source>The text you will send, with how to stop (e.g. Reply STOP to opt out)</source>
        <translation>Le texte que vous enverrez, avec le moyen d&apos;arrêter (ex. «&#xa0;Répondez STOP pour vous désabonner&#xa0;»)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Send on</source>
        <translation>Envoyer le</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offre</translation>
    </message>
    <message>
        <source>People to text</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>{day} send</source>
        <translation>Envoi du {day}</translation>
    </message>
    <message numerus="yes">
        <source>%n message part(s) per person</source>
        <translation>
            <numerusform>%n partie de message par personne</numerusform>
            <numerusform>%n parties de message par personne</numerusform>
        </translation>
    </message>
    <message>
        <source>Give the send a name.</source>
        <translation>Donnez un nom à l&apos;envoi.</translation>
    </message>
    <message>
        <source>&lt;p&gt;No forecast yet: there is no past campaign with results for this segment to learn from.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pas encore de prévision&#xa0;: aucune campagne passée avec des résultats pour ce segment dont on puisse apprendre.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;About {orders} orders&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:15pt&apos;&gt;&lt;b&gt;Environ {orders} commandes&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;{low80} to {high80} orders 8 times in 10 (80% range); {low95} to {high95} 19 times in 20 (95% range).&lt;/p&gt;</source>
        <translation>&lt;p&gt;{low80} à {high80} commandes 8 fois sur 10 (plage à 80 %)&#xa0;; {low95} à {high95} 19 fois sur 20 (plage à 95 %).&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;Cost about &lt;b&gt;{cost}&lt;/b&gt; (%n part(s) × {people} people).&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;Coût d&apos;environ &lt;b&gt;{cost}&lt;/b&gt; (%n partie × {people} personnes).&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;Coût d&apos;environ &lt;b&gt;{cost}&lt;/b&gt; (%n parties × {people} personnes).&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Revenue {low} to {high}.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chiffre d&apos;affaires de {low} à {high}.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#2e7d32&apos;&gt;✓ No warnings for this send.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#2e7d32&apos;&gt;✓ Aucun avertissement pour cet envoi.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>⚠ Check before sending</source>
        <translation>⚠ À vérifier avant l&apos;envoi</translation>
    </message>
</context>
<context>
    <name>PlanUndoWords</name>
    <message>
        <source>Plan “{name}”</source>
        <translation>Planifier «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Edit plan “{name}”</source>
        <translation>Modifier le plan «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Move “{name}” to {day}</source>
        <translation>Déplacer «&#xa0;{name}&#xa0;» au {day}</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>What if</source>
        <translation>Et si</translation>
    </message>
    <message>
        <source>Message cost</source>
        <translation>Coût du message</translation>
    </message>
    <message>
        <source>A/B tests</source>
        <translation>Tests A/B</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planifier</translation>
    </message>
</context>
<context>
    <name>PlanWords</name>
    <message>
        <source>en_US</source>
        <translation>fr</translation>
    </message>
    <message numerus="yes">
        <source>Based on your last %n campaign(s) to {segment} (of {available}), since {since}.</source>
        <translation>
            <numerusform>Fondé sur votre dernière campagne (%n) vers {segment} (sur {available}), depuis {since}.</numerusform>
            <numerusform>Fondé sur vos %n dernières campagnes vers {segment} (sur {available}), depuis {since}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Based on your last %n campaign(s) (of {available}), since {since}.</source>
        <translation>
            <numerusform>Fondé sur votre dernière campagne (%n) (sur {available}), depuis {since}.</numerusform>
            <numerusform>Fondé sur vos %n dernières campagnes (sur {available}), depuis {since}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Based on your last %n campaign(s) to {segment}, since {since}.</source>
        <translation>
            <numerusform>Fondé sur votre dernière campagne (%n) vers {segment}, depuis {since}.</numerusform>
            <numerusform>Fondé sur vos %n dernières campagnes vers {segment}, depuis {since}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Based on your last %n campaign(s), since {since}.</source>
        <translation>
            <numerusform>Fondé sur votre dernière campagne (%n), depuis {since}.</numerusform>
            <numerusform>Fondé sur vos %n dernières campagnes, depuis {since}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Based on %n campaign(s) to {segment} since {since}.</source>
        <translation>
            <numerusform>Fondé sur %n campagne vers {segment} depuis {since}.</numerusform>
            <numerusform>Fondé sur %n campagnes vers {segment} depuis {since}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Based on %n campaign(s) since {since}.</source>
        <translation>
            <numerusform>Fondé sur %n campagne depuis {since}.</numerusform>
            <numerusform>Fondé sur %n campagnes depuis {since}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only sends with the offer “{offer}” are counted.</source>
        <translation>Seuls les envois avec l&apos;offre «&#xa0;{offer}&#xa0;» sont comptés.</translation>
    </message>
    <message>
        <source>Your rate has been rising; this forecast follows that trend to {date}.</source>
        <translation>Votre taux est en hausse&#xa0;; cette prévision suit cette tendance jusqu&apos;au {date}.</translation>
    </message>
    <message>
        <source>Your rate has been falling; this forecast follows that trend to {date}.</source>
        <translation>Votre taux est en baisse&#xa0;; cette prévision suit cette tendance jusqu&apos;au {date}.</translation>
    </message>
    <message>
        <source>No clear rise or fall in your rate: this forecast uses its recent level, and its range allows for the small drift chance cannot rule out.</source>
        <translation>Pas de hausse ni de baisse nette de votre taux&#xa0;: cette prévision utilise son niveau récent, et sa plage tient compte de la petite dérive que le hasard ne permet pas d&apos;exclure.</translation>
    </message>
    <message numerus="yes">
        <source>With %n campaign(s) a rise or fall cannot be told from chance: this forecast uses your usual level.</source>
        <translation>
            <numerusform>Avec %n campagne, une hausse ou une baisse ne se distingue pas du hasard&#xa0;: cette prévision utilise votre niveau habituel.</numerusform>
            <numerusform>Avec %n campagnes, une hausse ou une baisse ne se distingue pas du hasard&#xa0;: cette prévision utilise votre niveau habituel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>How much results vary from send to send is learned together with your other segments (%n campaign(s)), as this one has only {own}.</source>
        <translation>
            <numerusform>La variation des résultats d&apos;un envoi à l&apos;autre est apprise avec vos autres segments (%n campagne), car celui-ci n&apos;en a que {own}.</numerusform>
            <numerusform>La variation des résultats d&apos;un envoi à l&apos;autre est apprise avec vos autres segments (%n campagnes), car celui-ci n&apos;en a que {own}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The range is wide because history is short: only %n past campaign(s) to learn how much results vary.</source>
        <translation>
            <numerusform>La plage est large car l&apos;historique est court&#xa0;: seulement %n campagne passée pour apprendre la variation des résultats.</numerusform>
            <numerusform>La plage est large car l&apos;historique est court&#xa0;: seulement %n campagnes passées pour apprendre la variation des résultats.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no past campaigns for the segment “{segment}” with both conversions and recipients recorded, so there is no history to forecast from. Type an expected rate instead.</source>
        <translation>Il n&apos;y a aucune campagne passée pour le segment «&#xa0;{segment}&#xa0;» avec conversions et destinataires enregistrés&#xa0;: pas d&apos;historique pour prévoir. Saisissez plutôt un taux attendu.</translation>
    </message>
    <message>
        <source>There are no past campaigns with both conversions and recipients recorded, so there is no history to forecast from. Type an expected rate instead.</source>
        <translation>Il n&apos;y a aucune campagne passée avec conversions et destinataires enregistrés&#xa0;: pas d&apos;historique pour prévoir. Saisissez plutôt un taux attendu.</translation>
    </message>
    <message>
        <source>United States (federal)</source>
        <translation>États-Unis (fédéral)</translation>
    </message>
    <message>
        <source>Maryland, Washington</source>
        <translation>Maryland, Washington</translation>
    </message>
    <message>
        <source>Florida, Oklahoma</source>
        <translation>Floride, Oklahoma</translation>
    </message>
    <message>
        <source>France</source>
        <translation>France</translation>
    </message>
    <message>
        <source>United States (federal): {start}–{end}</source>
        <translation>États-Unis (fédéral)&#xa0;: {start}–{end}</translation>
    </message>
    <message>
        <source>Maryland, Washington: {start}–{end}</source>
        <translation>Maryland, Washington&#xa0;: {start}–{end}</translation>
    </message>
    <message>
        <source>Florida, Oklahoma: {start}–{end}, at most {most} texts in 24 hours</source>
        <translation>Floride, Oklahoma&#xa0;: {start}–{end}, au plus {most} SMS en 24 heures</translation>
    </message>
    <message>
        <source>France: {start}–{end}, no texts on Sundays or public holidays</source>
        <translation>France&#xa0;: {start}–{end}, pas de SMS le dimanche ni les jours fériés</translation>
    </message>
    <message numerus="yes">
        <source>{segment} also get “{name}” the same day: texting the same people within %n day(s) tires them and raises opt-outs.</source>
        <translation>
            <numerusform>{segment} reçoivent aussi «&#xa0;{name}&#xa0;» le même jour&#xa0;: écrire aux mêmes personnes en moins de %n jour les lasse et augmente les désabonnements.</numerusform>
            <numerusform>{segment} reçoivent aussi «&#xa0;{name}&#xa0;» le même jour&#xa0;: écrire aux mêmes personnes en moins de %n jours les lasse et augmente les désabonnements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{segment} also get “{name}” %n day(s) earlier: texting the same people within {days} days tires them and raises opt-outs.</source>
        <translation>
            <numerusform>{segment} reçoivent aussi «&#xa0;{name}&#xa0;» %n jour plus tôt&#xa0;: écrire aux mêmes personnes en moins de {days} jours les lasse et augmente les désabonnements.</numerusform>
            <numerusform>{segment} reçoivent aussi «&#xa0;{name}&#xa0;» %n jours plus tôt&#xa0;: écrire aux mêmes personnes en moins de {days} jours les lasse et augmente les désabonnements.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{segment} also get “{name}” %n day(s) later: texting the same people within {days} days tires them and raises opt-outs.</source>
        <translation>
            <numerusform>{segment} reçoivent aussi «&#xa0;{name}&#xa0;» %n jour plus tard&#xa0;: écrire aux mêmes personnes en moins de {days} jours les lasse et augmente les désabonnements.</numerusform>
            <numerusform>{segment} reçoivent aussi «&#xa0;{name}&#xa0;» %n jours plus tard&#xa0;: écrire aux mêmes personnes en moins de {days} jours les lasse et augmente les désabonnements.</numerusform>
        </translation>
    </message>
    <message>
        <source>{time} is outside the hours marketing texts may go out ({start}–{end}, {rule}).</source>
        <translation>{time} est en dehors des heures d&apos;envoi autorisées pour les SMS marketing ({start}–{end}, {rule}).</translation>
    </message>
    <message>
        <source>Marketing texts may not go out on Sundays under the rule you follow (France).</source>
        <translation>Selon la règle que vous suivez (France), les SMS marketing ne peuvent pas partir le dimanche.</translation>
    </message>
    <message>
        <source>Marketing texts may not go out on public holidays under the rule you follow (France): {holiday}.</source>
        <translation>Selon la règle que vous suivez (France), les SMS marketing ne peuvent pas partir les jours fériés&#xa0;: {holiday}.</translation>
    </message>
    <message numerus="yes">
        <source>{segment} would get %n text(s) within 24 hours; the rule you follow allows at most {most}.</source>
        <translation>
            <numerusform>{segment} recevraient %n SMS en 24 heures&#xa0;; la règle que vous suivez en autorise au plus {most}.</numerusform>
            <numerusform>{segment} recevraient %n SMS en 24 heures&#xa0;; la règle que vous suivez en autorise au plus {most}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{date} is a public holiday ({holiday}): people may be away, and some shops see fewer orders.</source>
        <translation>{date} est un jour férié ({holiday})&#xa0;: les gens peuvent être absents, et certaines boutiques voient moins de commandes.</translation>
    </message>
    <message>
        <source>The message does not say how to stop getting texts (like “Reply STOP to opt out”): carriers require it.</source>
        <translation>Le message n&apos;indique pas comment arrêter de recevoir des SMS (comme «&#xa0;Répondez STOP pour vous désabonner&#xa0;»)&#xa0;: les opérateurs l&apos;exigent.</translation>
    </message>
    <message>
        <source>{month} would cost {cost}, above your monthly budget of {budget}.</source>
        <translation>{month} coûterait {cost}, au-dessus de votre budget mensuel de {budget}.</translation>
    </message>
    <message>
        <source>Opt-outs in {segment} are rising. Consider texting them less often.</source>
        <translation>Les désabonnements dans {segment} augmentent. Envisagez de leur écrire moins souvent.</translation>
    </message>
    <message>
        <source>Opt-outs in your list are rising. Consider texting them less often.</source>
        <translation>Les désabonnements dans votre liste augmentent. Envisagez de leur écrire moins souvent.</translation>
    </message>
    <message>
        <source>Opt-outs in {segment} are rising: from {from} to {to} of recipients ({start} – {end}). Consider texting them less often.</source>
        <translation>Les désabonnements dans {segment} augmentent&#xa0;: de {from} à {to} des destinataires ({start} – {end}). Envisagez de leur écrire moins souvent.</translation>
    </message>
    <message>
        <source>Opt-outs in your list are rising: from {from} to {to} of recipients ({start} – {end}). Consider texting them less often.</source>
        <translation>Les désabonnements dans votre liste augmentent&#xa0;: de {from} à {to} des destinataires ({start} – {end}). Envisagez de leur écrire moins souvent.</translation>
    </message>
    <message>
        <source>{date} is in the past: a plan is for a send still to come (record a past send with its results instead).</source>
        <translation>{date} est dans le passé&#xa0;: un plan concerne un envoi à venir (enregistrez plutôt un envoi passé avec ses résultats).</translation>
    </message>
    <message>
        <source>The audience is 0: say how many people the send will text.</source>
        <translation>L&apos;audience est de 0&#xa0;: indiquez à combien de personnes l&apos;envoi écrira.</translation>
    </message>
    <message>
        <source>There is no segment named “{segment}”: did you mean “{guess}”?</source>
        <translation>Il n&apos;y a pas de segment nommé «&#xa0;{segment}&#xa0;»&#xa0;: vouliez-vous dire «&#xa0;{guess}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>“{name}” has been sent: only planned sends can be moved.</source>
        <translation>«&#xa0;{name}&#xa0;» a été envoyé&#xa0;: seuls les envois planifiés peuvent être déplacés.</translation>
    </message>
</context>
<context>
    <name>PlanningRulesBox</name>
    <message>
        <source>Planning warnings</source>
        <translation>Avertissements de planification</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>never warn</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Warn when the same segment is texted twice within this many days</source>
        <translation>Avertir quand le même segment reçoit deux SMS en moins de ce nombre de jours</translation>
    </message>
    <message>
        <source>besides “Reply STOP” and “STOP to end”</source>
        <translation>en plus de «&#xa0;Reply STOP&#xa0;» et «&#xa0;STOP to end&#xa0;»</translation>
    </message>
    <message>
        <source>No public holidays</source>
        <translation>Aucun jour férié</translation>
    </message>
    <message>
        <source>no budget</source>
        <translation>aucun budget</translation>
    </message>
    <message>
        <source>Same segment again within</source>
        <translation>Même segment à nouveau sous</translation>
    </message>
    <message>
        <source>Sending hours</source>
        <translation>Heures d&apos;envoi</translation>
    </message>
    <message>
        <source>Your opt-out wording</source>
        <translation>Votre formule de désabonnement</translation>
    </message>
    <message>
        <source>Public holidays of</source>
        <translation>Jours fériés de</translation>
    </message>
    <message>
        <source>Monthly budget</source>
        <translation>Budget mensuel</translation>
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
    <name>PreviewTable</name>
    <message>
        <source>Preview of the file</source>
        <translation>Aperçu du fichier</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Problems found in the file</source>
        <translation>Problèmes trouvés dans le fichier</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n problem(s)&lt;/b&gt; — click one to see it in the preview (first {shown} listed)</source>
        <translation>
            <numerusform>&lt;b&gt;%n problème&lt;/b&gt; — cliquez dessus pour le voir dans l&apos;aperçu ({shown} premiers listés)</numerusform>
            <numerusform>&lt;b&gt;%n problèmes&lt;/b&gt; — cliquez sur l&apos;un d&apos;eux pour le voir dans l&apos;aperçu ({shown} premiers listés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n problem(s)&lt;/b&gt; — click one to see it in the preview</source>
        <translation>
            <numerusform>&lt;b&gt;%n problème&lt;/b&gt; — cliquez dessus pour le voir dans l&apos;aperçu</numerusform>
            <numerusform>&lt;b&gt;%n problèmes&lt;/b&gt; — cliquez sur l&apos;un d&apos;eux pour le voir dans l&apos;aperçu</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadSettingsPanel</name>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation>Encodage du texte</translation>
    </message>
    <message>
        <source>Column separator</source>
        <translation>Séparateur de colonnes</translation>
    </message>
    <message>
        <source>Numbers look like</source>
        <translation>Les nombres s&apos;écrivent</translation>
    </message>
    <message>
        <source>Date order</source>
        <translation>Ordre des dates</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Ligne d&apos;en-tête</translation>
    </message>
    <message>
        <source>The spreadsheet row that holds the column names</source>
        <translation>La ligne du tableur qui contient les noms de colonnes</translation>
    </message>
    <message>
        <source>&amp;Sheet</source>
        <translation>&amp;Feuille</translation>
    </message>
    <message>
        <source>&amp;Encoding</source>
        <translation>&amp;Encodage</translation>
    </message>
    <message>
        <source>Column se&amp;parator</source>
        <translation>Sé&amp;parateur de colonnes</translation>
    </message>
    <message>
        <source>&amp;Numbers look like</source>
        <translation>Les &amp;nombres s&apos;écrivent</translation>
    </message>
    <message>
        <source>&amp;Date order</source>
        <translation>Ordre des &amp;dates</translation>
    </message>
    <message>
        <source>&amp;Header row</source>
        <translation>Ligne d&apos;en-&amp;tête</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 avec BOM</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (occidental)</translation>
    </message>
    <message>
        <source>Comma  ,</source>
        <translation>Virgule  ,</translation>
    </message>
    <message>
        <source>Semicolon  ;</source>
        <translation>Point-virgule  ;</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>Bar  |</source>
        <translation>Barre verticale  |</translation>
    </message>
    <message>
        <source>1,234.50  (decimal point)</source>
        <translation>1,234.50  (point décimal)</translation>
    </message>
    <message>
        <source>1.234,50  (decimal comma)</source>
        <translation>1.234,50  (virgule décimale)</translation>
    </message>
    <message>
        <source>1 234,50  (comma, space)</source>
        <translation>1 234,50  (virgule, espace)</translation>
    </message>
    <message>
        <source>1234.50  (point, no separator)</source>
        <translation>1234.50  (point, sans séparateur)</translation>
    </message>
    <message>
        <source>1234,50  (comma, no separator)</source>
        <translation>1234,50  (virgule, sans séparateur)</translation>
    </message>
    <message>
        <source>Work it out from the dates</source>
        <translation>Le déduire des dates</translation>
    </message>
    <message>
        <source>Day first  (31.12.2026)</source>
        <translation>Jour d&apos;abord  (31.12.2026)</translation>
    </message>
    <message>
        <source>Month first  (12/31/2026)</source>
        <translation>Mois d&apos;abord  (12/31/2026)</translation>
    </message>
    <message>
        <source>Dates read day first.</source>
        <translation>Dates lues jour d&apos;abord.</translation>
    </message>
    <message>
        <source>Dates read month first.</source>
        <translation>Dates lues mois d&apos;abord.</translation>
    </message>
</context>
<context>
    <name>ReportActionWords</name>
    <message>
        <source>Save report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choisir le fichier…</translation>
    </message>
    <message>
        <source>SMS report {period}.pdf</source>
        <translation>Rapport SMS {period}.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved the report for {period} to {path}.</source>
        <translation>Rapport de {period} enregistré dans {path}.</translation>
    </message>
    <message>
        <source>Print report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>SMS campaign report {period}</source>
        <translation>Rapport des campagnes SMS {period}</translation>
    </message>
    <message>
        <source>Sent the report for {period} to the printer.</source>
        <translation>Rapport de {period} envoyé à l&apos;imprimante.</translation>
    </message>
</context>
<context>
    <name>ReportPeriodDialog</name>
    <message>
        <source>A month</source>
        <translation>Un mois</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Month of the report</source>
        <translation>Mois du rapport</translation>
    </message>
    <message>
        <source>First day of the report</source>
        <translation>Premier jour du rapport</translation>
    </message>
    <message>
        <source>Last day of the report</source>
        <translation>Dernier jour du rapport</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Which campaigns should the report cover?</source>
        <translation>Quelles campagnes le rapport doit-il couvrir ?</translation>
    </message>
    <message>
        <source>The first day is after the last day: swap them.</source>
        <translation>Le premier jour est après le dernier : inversez-les.</translation>
    </message>
</context>
<context>
    <name>ReportWords</name>
    <message>
        <source>likely {range} · {count} of {total} delivered</source>
        <translation>probablement {range} · {count} sur {total} livrés</translation>
    </message>
    <message>
        <source>likely {range} · {count} of {total} sent</source>
        <translation>probablement {range} · {count} sur {total} envoyés</translation>
    </message>
    <message>
        <source>likely {range} · {count} of {total} delivered or sent</source>
        <translation>probablement {range} · {count} sur {total} livrés ou envoyés</translation>
    </message>
    <message>
        <source>delivered ({count})</source>
        <translation>livrés ({count})</translation>
    </message>
    <message>
        <source>conversions ({count})</source>
        <translation>conversions ({count})</translation>
    </message>
    <message>
        <source>revenue ({count})</source>
        <translation>chiffre d&apos;affaires ({count})</translation>
    </message>
    <message>
        <source>cost ({count})</source>
        <translation>coût ({count})</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Messages sent</source>
        <translation>Messages envoyés</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrés</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Revenue minus cost</source>
        <translation>Chiffre d&apos;affaires moins coût</translation>
    </message>
    <message>
        <source>Not known for some campaigns, left out of the totals: {list}.</source>
        <translation>Inconnu pour certaines campagnes, exclu des totaux : {list}.</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Best offer</source>
        <translation>Meilleure offre</translation>
    </message>
    <message>
        <source>Worst offer</source>
        <translation>Moins bonne offre</translation>
    </message>
    <message>
        <source>Best segment</source>
        <translation>Meilleur segment</translation>
    </message>
    <message>
        <source>Worst segment</source>
        <translation>Moins bon segment</translation>
    </message>
    <message numerus="yes">
        <source>likely {low} – {high} · {count} campaign(s)</source>
        <translation>
            <numerusform>probablement {low} – {high} · {count} campagne</numerusform>
            <numerusform>probablement {low} – {high} · {count} campagnes</numerusform>
        </translation>
    </message>
    <message>
        <source>The best and worst segment and offer have overlapping ranges: the difference could be chance, treat it as a hint.</source>
        <translation>Le meilleur et le moins bon segment, et la meilleure et la moins bonne offre, ont des fourchettes qui se chevauchent : l&apos;écart peut être dû au hasard, prenez-le comme une piste.</translation>
    </message>
    <message>
        <source>The best and worst offer have overlapping ranges: the difference could be chance, treat it as a hint.</source>
        <translation>La meilleure et la moins bonne offre ont des fourchettes qui se chevauchent : l&apos;écart peut être dû au hasard, prenez-le comme une piste.</translation>
    </message>
    <message>
        <source>The best and worst segment have overlapping ranges: the difference could be chance, treat it as a hint.</source>
        <translation>Le meilleur et le moins bon segment ont des fourchettes qui se chevauchent : l&apos;écart peut être dû au hasard, prenez-le comme une piste.</translation>
    </message>
    <message>
        <source>What worked best (conversion rate)</source>
        <translation>Ce qui a le mieux marché (taux de conversion)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Likely range</source>
        <translation>Fourchette probable</translation>
    </message>
    <message>
        <source>Largest campaigns</source>
        <translation>Plus grandes campagnes</translation>
    </message>
    <message>
        <source>Next planned sends</source>
        <translation>Prochains envois planifiés</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>No SMS campaigns were sent in this period.</source>
        <translation>Aucune campagne SMS n&apos;a été envoyée sur cette période.</translation>
    </message>
    <message>
        <source>Choose another month or range, or import your results first.</source>
        <translation>Choisissez un autre mois ou une autre période, ou importez d&apos;abord vos résultats.</translation>
    </message>
    <message>
        <source>Conversion rate = people who converted ÷ people who received the message. “Likely” ranges are 95% intervals: with small campaigns they are wide, and two overlapping ranges may not really differ.</source>
        <translation>Taux de conversion = personnes ayant converti ÷ personnes ayant reçu le message. Les fourchettes « probables » sont des intervalles à 95 % : pour de petites campagnes elles sont larges, et deux fourchettes qui se chevauchent ne diffèrent peut-être pas vraiment.</translation>
    </message>
    <message>
        <source>SMS campaign report: {period}</source>
        <translation>Rapport des campagnes SMS : {period}</translation>
    </message>
    <message>
        <source>{days} · made on {made} with {app}</source>
        <translation>{days} · créé le {made} avec {app}</translation>
    </message>
    <message>
        <source>made on {made} with {app}</source>
        <translation>créé le {made} avec {app}</translation>
    </message>
    <message>
        <source>Added up by month</source>
        <translation>Cumulé par mois</translation>
    </message>
    <message>
        <source>No campaigns in this period.</source>
        <translation>Aucune campagne sur cette période.</translation>
    </message>
    <message>
        <source>Could not write {path}</source>
        <translation>Impossible d&apos;écrire {path}</translation>
    </message>
</context>
<context>
    <name>RowLegend</name>
    <message>
        <source>Highlighted rows</source>
        <translation>Lignes mises en évidence</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Lignes :</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouvelle</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifiée</translation>
    </message>
</context>
<context>
    <name>SchemaUpdateDialog</name>
    <message>
        <source>Updating your campaign file</source>
        <translation>Mise à jour de votre fichier de campagnes</translation>
    </message>
    <message>
        <source>Updating your campaign file to the new version. A backup is made first; for a big file this can take a few minutes.</source>
        <translation>Mise à jour de votre fichier de campagnes vers la nouvelle version. Une sauvegarde est faite d’abord ; pour un gros fichier, cela peut prendre quelques minutes.</translation>
    </message>
    <message>
        <source>Making a backup first…</source>
        <translation>Sauvegarde en cours avant la mise à jour…</translation>
    </message>
    <message>
        <source>Updating the file to the new version…</source>
        <translation>Mise à jour du fichier vers la nouvelle version…</translation>
    </message>
    <message>
        <source>Converting messages: {done} of {total}</source>
        <translation>Conversion des messages&#xa0;: {done} sur {total}</translation>
    </message>
    <message>
        <source>Saving the converted messages…</source>
        <translation>Enregistrement des messages convertis…</translation>
    </message>
    <message>
        <source>Counting each campaign&apos;s totals again…</source>
        <translation>Nouveau calcul des totaux de chaque campagne…</translation>
    </message>
    <message>
        <source>Tidying up the file; this last step can take a minute.</source>
        <translation>Nettoyage du fichier&#xa0;; cette dernière étape peut prendre une minute.</translation>
    </message>
</context>
<context>
    <name>SchemaUpdateWords</name>
    <message>
        <source>{size} MB</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <source>Campaign file updated: it now takes {after} instead of {before}. The old one is in File &gt; Backups.</source>
        <translation>Fichier de campagnes mis à jour : il occupe maintenant {after} au lieu de {before}. L’ancien est dans Fichier &gt; Sauvegardes.</translation>
    </message>
    <message>
        <source>Campaign file updated to this version. The old one is in File &gt; Backups.</source>
        <translation>Fichier de campagnes mis à jour pour cette version. L’ancien est dans Fichier &gt; Sauvegardes.</translation>
    </message>
</context>
<context>
    <name>ShapePanel</name>
    <message>
        <source>What the file holds</source>
        <translation>Contenu du fichier</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign name</source>
        <translation>Nom de la ca&amp;mpagne</translation>
    </message>
    <message>
        <source>Campaign name</source>
        <translation>Nom de la campagne</translation>
    </message>
    <message>
        <source>The file names no campaign: all its rows go into this campaign</source>
        <translation>Le fichier ne nomme aucune campagne : toutes ses lignes vont dans cette campagne</translation>
    </message>
    <message>
        <source>&lt;b&gt;What the file holds&lt;/b&gt;</source>
        <translation>&lt;b&gt;Contenu du fichier&lt;/b&gt;</translation>
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
    <name>TestPlanner</name>
    <message>
        <source>Plan a fair test</source>
        <translation>Planifier un test équitable</translation>
    </message>
    <message>
        <source>Current conversion rate</source>
        <translation>Taux de conversion actuel</translation>
    </message>
    <message>
        <source>Smallest improvement worth finding</source>
        <translation>Amélioration minimale</translation>
    </message>
    <message>
        <source>relative ({from} → {to} is {lift})</source>
        <translation>relative ({from} → {to} = {lift})</translation>
    </message>
    <message>
        <source>absolute points ({from} → {to} is 1)</source>
        <translation>points absolus ({from} → {to} = 1)</translation>
    </message>
    <message>
        <source>Lift is relative or absolute</source>
        <translation>Amélioration relative ou absolue</translation>
    </message>
    <message>
        <source>{percent} (usual)</source>
        <translation>{percent} (habituel)</translation>
    </message>
    <message>
        <source>Risk of calling a winner when there is none</source>
        <translation>Risque de désigner un gagnant qui n&apos;existe pas</translation>
    </message>
    <message>
        <source>Significance level (alpha): how often a test of two equally good messages would still name a winner.</source>
        <translation>Seuil de signification (alpha)&#xa0;: à quelle fréquence un test de deux messages aussi bons l&apos;un que l&apos;autre désignerait quand même un gagnant.</translation>
    </message>
    <message>
        <source>Chance of spotting a real improvement</source>
        <translation>Chance de repérer une vraie amélioration</translation>
    </message>
    <message>
        <source>Statistical power: how often a test this size finds B better when it truly is better by the amount above.</source>
        <translation>Puissance statistique&#xa0;: à quelle fréquence un test de cette taille trouve B meilleur quand il l&apos;est vraiment de la valeur ci-dessus.</translation>
    </message>
    <message>
        <source>Current rate</source>
        <translation>Taux actuel</translation>
    </message>
    <message>
        <source>Risk of a false winner</source>
        <translation>Risque de faux gagnant</translation>
    </message>
    <message>
        <source>Chance of spotting it</source>
        <translation>Chance de la repérer</translation>
    </message>
    <message>
        <source>People needed per message, for other improvements:</source>
        <translation>Personnes nécessaires par message, pour d&apos;autres améliorations&#xa0;:</translation>
    </message>
    <message>
        <source>People needed for other improvements</source>
        <translation>Personnes nécessaires pour d&apos;autres améliorations</translation>
    </message>
    <message>
        <source> points</source>
        <translation> points</translation>
    </message>
    <message>
        <source>That lift would take the rate past {percent}.</source>
        <translation>Cette amélioration porterait le taux au-delà de {percent}.</translation>
    </message>
    <message numerus="yes">
        <source>Send each message to %Ln person(s) ({total} in total) to tell {baseline} from {target}.</source>
        <translation>
            <numerusform>Envoyez chaque message à %Ln personne ({total} au total) pour distinguer {baseline} de {target}.</numerusform>
            <numerusform>Envoyez chaque message à %Ln personnes ({total} au total) pour distinguer {baseline} de {target}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decide the number of recipients before you start and look at the result once. Checking early and stopping when it looks good turns many chance differences into false wins.</source>
        <translation>Fixez le nombre de destinataires avant de commencer et regardez le résultat une seule fois. Vérifier tôt et s&apos;arrêter quand cela semble bon transforme beaucoup d&apos;écarts dus au hasard en fausses victoires.</translation>
    </message>
    <message>
        <source>Worked out with the standard formula for comparing two rates (hover here to see it).</source>
        <translation>Calculé avec la formule standard de comparaison de deux taux (survolez ici pour la voir).</translation>
    </message>
</context>
<context>
    <name>TotalsModel</name>
    <message numerus="yes">
        <source>Total: %n campaign(s)</source>
        <translation>
            <numerusform>Total : %n campagne</numerusform>
            <numerusform>Total : %n campagnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Sums and pooled rates over the campaigns shown above</source>
        <translation>Sommes et taux cumulés des campagnes affichées ci-dessus</translation>
    </message>
    <message numerus="yes">
        <source>{missing} of %n campaign(s) left out (a count is not known)</source>
        <translation>
            <numerusform>{missing} sur %n campagne laissée de côté (un chiffre est inconnu)</numerusform>
            <numerusform>{missing} sur %n campagnes laissées de côté (un chiffre est inconnu)</numerusform>
        </translation>
    </message>
    <message>
        <source>{column}: not known for any campaign shown</source>
        <translation>{column} : inconnu pour toutes les campagnes affichées</translation>
    </message>
    <message numerus="yes">
        <source>{column}: sum over %n campaign(s); {without} without this figure left out</source>
        <translation>
            <numerusform>{column} : somme sur %n campagne ; {without} sans ce chiffre laissées de côté</numerusform>
            <numerusform>{column} : somme sur %n campagnes ; {without} sans ce chiffre laissées de côté</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{column}: sum over %n campaign(s)</source>
        <translation>
            <numerusform>{column} : somme sur %n campagne</numerusform>
            <numerusform>{column} : somme sur %n campagnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Pooled conversion rate</source>
        <translation>Taux de conversion cumulé</translation>
    </message>
    <message>
        <source>Pooled click-through rate</source>
        <translation>Taux de clic cumulé</translation>
    </message>
    <message>
        <source>Pooled response rate</source>
        <translation>Taux de réponse cumulé</translation>
    </message>
    <message>
        <source>Pooled delivery rate</source>
        <translation>Taux de remise cumulé</translation>
    </message>
</context>
<context>
    <name>TrendChartWords</name>
    <message>
        <source>Typical SMS conversion {low}–{high} (rough industry figure)</source>
        <translation>Conversion SMS habituelle {low}–{high} (ordre de grandeur du secteur)</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Rien à afficher.</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>Sans segment</translation>
    </message>
    <message>
        <source>Selected in the table</source>
        <translation>Sélectionnées dans le tableau</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Sélection</translation>
    </message>
    <message>
        <source>Typical {low}–{high} (rough industry figure)</source>
        <translation>Habituel {low}–{high} (ordre de grandeur)</translation>
    </message>
</context>
<context>
    <name>TrendItemWords</name>
    <message numerus="yes">
        <source>({count} other(s)...)</source>
        <translation>
            <numerusform>({count} autre...)</numerusform>
            <numerusform>({count} autres...)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrendPlot</name>
    <message>
        <source>Trend chart</source>
        <translation>Graphique de tendance</translation>
    </message>
    <message>
        <source>Send date (as recorded)</source>
        <translation>Date d&apos;envoi (telle que saisie)</translation>
    </message>
    <message>
        <source>Added up by month</source>
        <translation>Cumulé par mois</translation>
    </message>
    <message>
        <source>{metric}: {rate} (95% interval {low} – {high})</source>
        <translation>{metric} : {rate} (intervalle à 95 % {low} – {high})</translation>
    </message>
    <message>
        <source>{count} of {total} delivered</source>
        <translation>{count} sur {total} livrés</translation>
    </message>
    <message>
        <source>{count} of {total} sent</source>
        <translation>{count} sur {total} envoyés</translation>
    </message>
</context>
<context>
    <name>TrendsView</name>
    <message>
        <source>Rate to show</source>
        <translation>Taux à afficher</translation>
    </message>
    <message>
        <source>Pool campaigns by</source>
        <translation>Regrouper les campagnes par</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Zoom to show every campaign</source>
        <translation>Zoomer pour voir toutes les campagnes</translation>
    </message>
    <message>
        <source>Export chart as PNG or SVG…</source>
        <translation>Exporter le graphique en PNG ou SVG…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>By segment</source>
        <translation>Par segment</translation>
    </message>
    <message>
        <source>By offer</source>
        <translation>Par offre</translation>
    </message>
    <message>
        <source>By weekday</source>
        <translation>Par jour de la semaine</translation>
    </message>
    <message>
        <source>By hour of day</source>
        <translation>Par heure de la journée</translation>
    </message>
    <message>
        <source>Break the rate down by</source>
        <translation>Répartir le taux par</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>How to read this verdict</source>
        <translation>Comment lire ce verdict</translation>
    </message>
    <message>
        <source>What works best</source>
        <translation>Ce qui marche le mieux</translation>
    </message>
    <message>
        <source>Added up by week</source>
        <translation>Cumulé par semaine</translation>
    </message>
    <message>
        <source>Added up by month</source>
        <translation>Cumulé par mois</translation>
    </message>
    <message>
        <source>The campaign shown has no conversions counted.
Pick another rate, or add the counts to your campaigns.</source>
        <translation>La campagne affichée n&apos;a aucune conversion comptée.
Choisissez un autre taux, ou ajoutez les chiffres à vos campagnes.</translation>
    </message>
    <message>
        <source>The campaign shown has no clicks counted.
Pick another rate, or add the counts to your campaigns.</source>
        <translation>La campagne affichée n&apos;a aucun clic compté.
Choisissez un autre taux, ou ajoutez les chiffres à vos campagnes.</translation>
    </message>
    <message>
        <source>The campaign shown has no replies counted.
Pick another rate, or add the counts to your campaigns.</source>
        <translation>La campagne affichée n&apos;a aucune réponse comptée.
Choisissez un autre taux, ou ajoutez les chiffres à vos campagnes.</translation>
    </message>
    <message>
        <source>The campaign shown has no delivered counted.
Pick another rate, or add the counts to your campaigns.</source>
        <translation>La campagne affichée n&apos;a aucun message livré compté.
Choisissez un autre taux, ou ajoutez les chiffres à vos campagnes.</translation>
    </message>
    <message numerus="yes">
        <source>None of the {count} campaign(s) shown has conversions counted.
Pick another rate, or add the counts to your campaigns.</source>
        <translation>
            <numerusform>La campagne affichée ({count}) n&apos;a pas de conversions comptées.
Choisissez un autre taux, ou ajoutez les chiffres à vos campagnes.</numerusform>
            <numerusform>Aucune des {count} campagnes affichées n&apos;a de conversions comptées.
Choisissez un autre taux, ou ajoutez les chiffres à vos campagnes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the {count} campaign(s) shown has clicks counted.
Pick another rate, or add the counts to your campaigns.</source>
        <translation>
            <numerusform>La campagne affichée ({count}) n&apos;a pas de clics comptées.
Choisissez un autre taux, ou ajoutez les chiffres à vos campagnes.</numerusform>
            <numerusform>Aucune des {count} campagnes affichées n&apos;a de clics comptées.
Choisissez un autre taux, ou ajoutez les chiffres à vos campagnes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the {count} campaign(s) shown has replies counted.
Pick another rate, or add the counts to your campaigns.</source>
        <translation>
            <numerusform>La campagne affichée ({count}) n&apos;a pas de réponses comptées.
Choisissez un autre taux, ou ajoutez les chiffres à vos campagnes.</numerusform>
            <numerusform>Aucune des {count} campagnes affichées n&apos;a de réponses comptées.
Choisissez un autre taux, ou ajoutez les chiffres à vos campagnes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>None of the {count} campaign(s) shown has delivered counted.
Pick another rate, or add the counts to your campaigns.</source>
        <translation>
            <numerusform>La campagne affichée ({count}) n&apos;a pas de messages livrés comptées.
Choisissez un autre taux, ou ajoutez les chiffres à vos campagnes.</numerusform>
            <numerusform>Aucune des {count} campagnes affichées n&apos;a de messages livrés comptées.
Choisissez un autre taux, ou ajoutez les chiffres à vos campagnes.</numerusform>
        </translation>
    </message>
    <message>
        <source>No campaigns yet.
Add a campaign or import your results, and the trend of your rates will appear here.</source>
        <translation>Pas encore de campagnes.
Ajoutez une campagne ou importez vos résultats, et la tendance de vos taux apparaîtra ici.</translation>
    </message>
    <message>
        <source>No campaigns match the filters.
Widen the date range or pick another segment.</source>
        <translation>Aucune campagne ne correspond aux filtres.
Élargissez la période ou choisissez un autre segment.</translation>
    </message>
    <message>
        <source>Bars: each group&apos;s rate and the range it most likely lies in (95%), allowing for how much campaigns vary; the second number is the people reached.</source>
        <translation>Barres : le taux de chaque groupe et la fourchette où il se trouve le plus probablement (95 %), compte tenu de la variation des campagnes ; le second nombre est celui des personnes atteintes.</translation>
    </message>
    <message>
        <source>Pale bars: the interval includes the overall rate, so the difference could be chance.</source>
        <translation>Barres pâles : l&apos;intervalle contient le taux global, l&apos;écart peut donc être dû au hasard.</translation>
    </message>
    <message numerus="yes">
        <source>{count} campaign(s) with no send time left out.</source>
        <translation>
            <numerusform>{count} campagne sans heure d&apos;envoi est laissée de côté.</numerusform>
            <numerusform>{count} campagnes sans heure d&apos;envoi sont laissées de côté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} campaign(s) with nothing recorded here left out.</source>
        <translation>
            <numerusform>{count} campagne sans information ici est laissée de côté.</numerusform>
            <numerusform>{count} campagnes sans information ici sont laissées de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>* fewer than {count} campaigns.</source>
        <translation>* moins de {count} campagnes.</translation>
    </message>
    <message>
        <source>Wilson 95% interval per group, widened by the campaign-to-campaign spread (overdispersion).</source>
        <translation>Intervalle de Wilson à 95 % par groupe, élargi selon l&apos;écart entre campagnes (surdispersion).</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>The chart could not be saved to {path}: check the folder exists and you can write to it.</source>
        <translation>Impossible d&apos;enregistrer le graphique dans {path} : vérifiez que le dossier existe et que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Image PNG (*.png);;Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>At the size shown ({width} × {height})</source>
        <translation>À la taille affichée ({width} × {height})</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Taille de l&apos;image</translation>
    </message>
</context>
<context>
    <name>VerdictWords</name>
    <message>
        <source>Conversion rate</source>
        <translation>Taux de conversion</translation>
    </message>
    <message>
        <source>Click-through rate</source>
        <translation>Taux de clics</translation>
    </message>
    <message>
        <source>Response rate</source>
        <translation>Taux de réponse</translation>
    </message>
    <message>
        <source>Delivery rate</source>
        <translation>Taux de livraison</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n semaine</numerusform>
            <numerusform>%n semaines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n mois</numerusform>
            <numerusform>%n mois</numerusform>
        </translation>
    </message>
    <message>
        <source>{years} years</source>
        <translation>{years} ans</translation>
    </message>
    <message>
        <source>Conversion rate rose from {start} to {end} over {span} ({first} – {last}); a change this size is unlikely to be chance.</source>
        <translation>Le taux de conversion a augmenté de {start} à {end} en {span} ({first} – {last}) ; un tel écart est rarement dû au hasard.</translation>
    </message>
    <message>
        <source>Conversion rate fell from {start} to {end} over {span} ({first} – {last}); a change this size is unlikely to be chance.</source>
        <translation>Le taux de conversion a baissé de {start} à {end} en {span} ({first} – {last}) ; un tel écart est rarement dû au hasard.</translation>
    </message>
    <message>
        <source>Click-through rate rose from {start} to {end} over {span} ({first} – {last}); a change this size is unlikely to be chance.</source>
        <translation>Le taux de clics a augmenté de {start} à {end} en {span} ({first} – {last}) ; un tel écart est rarement dû au hasard.</translation>
    </message>
    <message>
        <source>Click-through rate fell from {start} to {end} over {span} ({first} – {last}); a change this size is unlikely to be chance.</source>
        <translation>Le taux de clics a baissé de {start} à {end} en {span} ({first} – {last}) ; un tel écart est rarement dû au hasard.</translation>
    </message>
    <message>
        <source>Response rate rose from {start} to {end} over {span} ({first} – {last}); a change this size is unlikely to be chance.</source>
        <translation>Le taux de réponse a augmenté de {start} à {end} en {span} ({first} – {last}) ; un tel écart est rarement dû au hasard.</translation>
    </message>
    <message>
        <source>Response rate fell from {start} to {end} over {span} ({first} – {last}); a change this size is unlikely to be chance.</source>
        <translation>Le taux de réponse a baissé de {start} à {end} en {span} ({first} – {last}) ; un tel écart est rarement dû au hasard.</translation>
    </message>
    <message>
        <source>Delivery rate rose from {start} to {end} over {span} ({first} – {last}); a change this size is unlikely to be chance.</source>
        <translation>Le taux de livraison a augmenté de {start} à {end} en {span} ({first} – {last}) ; un tel écart est rarement dû au hasard.</translation>
    </message>
    <message>
        <source>Delivery rate fell from {start} to {end} over {span} ({first} – {last}); a change this size is unlikely to be chance.</source>
        <translation>Le taux de livraison a baissé de {start} à {end} en {span} ({first} – {last}) ; un tel écart est rarement dû au hasard.</translation>
    </message>
    <message>
        <source>No change: none of the people reached is counted in conversions in every campaign shown, so there is no trend to see.</source>
        <translation>Aucun changement : dans chaque campagne affichée, aucune des personnes atteintes n&apos;est comptée dans les conversions, il n&apos;y a donc pas de tendance à voir.</translation>
    </message>
    <message>
        <source>No change: every one of the people reached is counted in conversions in every campaign shown, so there is no trend to see.</source>
        <translation>Aucun changement : dans chaque campagne affichée, toutes les personnes atteintes sont comptées dans les conversions, il n&apos;y a donc pas de tendance à voir.</translation>
    </message>
    <message>
        <source>No change: none of the people reached is counted in clicks in every campaign shown, so there is no trend to see.</source>
        <translation>Aucun changement : dans chaque campagne affichée, aucune des personnes atteintes n&apos;est comptée dans les clics, il n&apos;y a donc pas de tendance à voir.</translation>
    </message>
    <message>
        <source>No change: every one of the people reached is counted in clicks in every campaign shown, so there is no trend to see.</source>
        <translation>Aucun changement : dans chaque campagne affichée, toutes les personnes atteintes sont comptées dans les clics, il n&apos;y a donc pas de tendance à voir.</translation>
    </message>
    <message>
        <source>No change: none of the people reached is counted in replies in every campaign shown, so there is no trend to see.</source>
        <translation>Aucun changement : dans chaque campagne affichée, aucune des personnes atteintes n&apos;est comptée dans les réponses, il n&apos;y a donc pas de tendance à voir.</translation>
    </message>
    <message>
        <source>No change: every one of the people reached is counted in replies in every campaign shown, so there is no trend to see.</source>
        <translation>Aucun changement : dans chaque campagne affichée, toutes les personnes atteintes sont comptées dans les réponses, il n&apos;y a donc pas de tendance à voir.</translation>
    </message>
    <message>
        <source>No change: none of the people reached is counted in delivered in every campaign shown, so there is no trend to see.</source>
        <translation>Aucun changement : dans chaque campagne affichée, aucune des personnes atteintes n&apos;est comptée dans les messages livrés, il n&apos;y a donc pas de tendance à voir.</translation>
    </message>
    <message>
        <source>No change: every one of the people reached is counted in delivered in every campaign shown, so there is no trend to see.</source>
        <translation>Aucun changement : dans chaque campagne affichée, toutes les personnes atteintes sont comptées dans les messages livrés, il n&apos;y a donc pas de tendance à voir.</translation>
    </message>
    <message>
        <source>Too few campaigns to judge a trend: at least {count} on different days are needed (per segment shown, one more).</source>
        <translation>Trop peu de campagnes pour juger une tendance : il en faut au moins {count} à des jours différents (une de plus par segment affiché).</translation>
    </message>
    <message>
        <source>The trend could not be worked out from these figures.</source>
        <translation>Impossible de calculer la tendance à partir de ces chiffres.</translation>
    </message>
    <message>
        <source>No clear change: the ups and downs are within what chance produces.</source>
        <translation>Pas de changement net : les hauts et les bas restent dans ce que produit le hasard.</translation>
    </message>
    <message>
        <source>Could be chance: even with nothing really changing, a drop this size happens by chance nearly every time.</source>
        <translation>Peut-être le hasard : même sans vrai changement, une baisse de cette taille arrive par hasard presque à chaque fois.</translation>
    </message>
    <message>
        <source>Could be chance: even with nothing really changing, a rise this size happens by chance nearly every time.</source>
        <translation>Peut-être le hasard : même sans vrai changement, une hausse de cette taille arrive par hasard presque à chaque fois.</translation>
    </message>
    <message>
        <source>Could be chance: even with nothing really changing, a drop this size happens by chance about once in 10.</source>
        <translation>Peut-être le hasard : même sans vrai changement, une baisse de cette taille arrive par hasard environ une fois sur 10.</translation>
    </message>
    <message>
        <source>Could be chance: even with nothing really changing, a rise this size happens by chance about once in 10.</source>
        <translation>Peut-être le hasard : même sans vrai changement, une hausse de cette taille arrive par hasard environ une fois sur 10.</translation>
    </message>
    <message numerus="yes">
        <source>Could be chance: even with nothing really changing, a drop this size happens by chance about %n time(s) in 10.</source>
        <translation>
            <numerusform>Peut-être le hasard : même sans vrai changement, une baisse de cette taille arrive par hasard environ %n fois sur 10.</numerusform>
            <numerusform>Peut-être le hasard : même sans vrai changement, une baisse de cette taille arrive par hasard environ %n fois sur 10.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could be chance: even with nothing really changing, a rise this size happens by chance about %n time(s) in 10.</source>
        <translation>
            <numerusform>Peut-être le hasard : même sans vrai changement, une hausse de cette taille arrive par hasard environ %n fois sur 10.</numerusform>
            <numerusform>Peut-être le hasard : même sans vrai changement, une hausse de cette taille arrive par hasard environ %n fois sur 10.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could be chance: even with nothing really changing, a drop this size happens by chance about %n time(s) in 100.</source>
        <translation>
            <numerusform>Peut-être le hasard : même sans vrai changement, une baisse de cette taille arrive par hasard environ %n fois sur 100.</numerusform>
            <numerusform>Peut-être le hasard : même sans vrai changement, une baisse de cette taille arrive par hasard environ %n fois sur 100.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could be chance: even with nothing really changing, a rise this size happens by chance about %n time(s) in 100.</source>
        <translation>
            <numerusform>Peut-être le hasard : même sans vrai changement, une hausse de cette taille arrive par hasard environ %n fois sur 100.</numerusform>
            <numerusform>Peut-être le hasard : même sans vrai changement, une hausse de cette taille arrive par hasard environ %n fois sur 100.</numerusform>
        </translation>
    </message>
    <message>
        <source>Likely real: if nothing had really changed, a drop this size would happen by chance less than once in 1,000.</source>
        <translation>Probablement réel : sans vrai changement, une baisse de cette taille n&apos;arriverait par hasard que moins d&apos;une fois sur 1 000.</translation>
    </message>
    <message>
        <source>Likely real: if nothing had really changed, a rise this size would happen by chance less than once in 1,000.</source>
        <translation>Probablement réel : sans vrai changement, une hausse de cette taille n&apos;arriverait par hasard que moins d&apos;une fois sur 1 000.</translation>
    </message>
    <message>
        <source>Likely real: if nothing had really changed, a drop this size would happen by chance less than once in 100.</source>
        <translation>Probablement réel : sans vrai changement, une baisse de cette taille n&apos;arriverait par hasard que moins d&apos;une fois sur 100.</translation>
    </message>
    <message>
        <source>Likely real: if nothing had really changed, a rise this size would happen by chance less than once in 100.</source>
        <translation>Probablement réel : sans vrai changement, une hausse de cette taille n&apos;arriverait par hasard que moins d&apos;une fois sur 100.</translation>
    </message>
    <message>
        <source>Likely real: if nothing had really changed, a drop this size would happen by chance only about once in 100.</source>
        <translation>Probablement réel : sans vrai changement, une baisse de cette taille n&apos;arriverait par hasard qu&apos;environ une fois sur 100.</translation>
    </message>
    <message>
        <source>Likely real: if nothing had really changed, a rise this size would happen by chance only about once in 100.</source>
        <translation>Probablement réel : sans vrai changement, une hausse de cette taille n&apos;arriverait par hasard qu&apos;environ une fois sur 100.</translation>
    </message>
    <message numerus="yes">
        <source>Likely real: if nothing had really changed, a drop this size would happen by chance only about %n time(s) in 100.</source>
        <translation>
            <numerusform>Probablement réel : sans vrai changement, une baisse de cette taille n&apos;arriverait par hasard qu&apos;environ %n fois sur 100.</numerusform>
            <numerusform>Probablement réel : sans vrai changement, une baisse de cette taille n&apos;arriverait par hasard qu&apos;environ %n fois sur 100.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Likely real: if nothing had really changed, a rise this size would happen by chance only about %n time(s) in 100.</source>
        <translation>
            <numerusform>Probablement réel : sans vrai changement, une hausse de cette taille n&apos;arriverait par hasard qu&apos;environ %n fois sur 100.</numerusform>
            <numerusform>Probablement réel : sans vrai changement, une hausse de cette taille n&apos;arriverait par hasard qu&apos;environ %n fois sur 100.</numerusform>
        </translation>
    </message>
    <message>
        <source>The figures: Fitted change {change} points (95% interval {low} to {high}; {p}), allowing for differences between segments and campaign-to-campaign variation.</source>
        <translation>Les chiffres : variation estimée {change} points (intervalle à 95 % de {low} à {high} ; {p}), compte tenu des écarts entre segments et de la variation d&apos;une campagne à l&apos;autre.</translation>
    </message>
    <message>
        <source>The figures: Fitted change {change} points (95% interval {low} to {high}; {p}), allowing for campaign-to-campaign variation.</source>
        <translation>Les chiffres : variation estimée {change} points (intervalle à 95 % de {low} à {high} ; {p}), compte tenu de la variation d&apos;une campagne à l&apos;autre.</translation>
    </message>
    <message numerus="yes">
        <source>{count} campaign(s) has/have no conversion count(s), so it is/they are left out.</source>
        <translation>
            <numerusform>{count} campagne n&apos;a pas de nombre de conversions : elle est donc laissée de côté.</numerusform>
            <numerusform>{count} campagnes n&apos;ont pas de nombre de conversions : elles sont donc laissées de côté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} campaign(s) has/have no click count(s), so it is/they are left out.</source>
        <translation>
            <numerusform>{count} campagne n&apos;a pas de nombre de clics : elle est donc laissée de côté.</numerusform>
            <numerusform>{count} campagnes n&apos;ont pas de nombre de clics : elles sont donc laissées de côté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} campaign(s) has/have no reply count(s), so it is/they are left out.</source>
        <translation>
            <numerusform>{count} campagne n&apos;a pas de nombre de réponses : elle est donc laissée de côté.</numerusform>
            <numerusform>{count} campagnes n&apos;ont pas de nombre de réponses : elles sont donc laissées de côté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} campaign(s) has/have no delivered count(s), so it is/they are left out.</source>
        <translation>
            <numerusform>{count} campagne n&apos;a pas de nombre de messages livrés : elle est donc laissée de côté.</numerusform>
            <numerusform>{count} campagnes n&apos;ont pas de nombre de messages livrés : elles sont donc laissées de côté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} campaign(s) has/have no sent count(s), so it is/they are left out.</source>
        <translation>
            <numerusform>{count} campagne n&apos;a pas de nombre d&apos;envois : elle est donc laissée de côté.</numerusform>
            <numerusform>{count} campagnes n&apos;ont pas de nombre d&apos;envois : elles sont donc laissées de côté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} campaign(s) has/have no sent or delivered count(s), so it is/they are left out.</source>
        <translation>
            <numerusform>{count} campagne n&apos;a ni nombre d&apos;envois ni nombre de messages livrés : elle est donc laissée de côté.</numerusform>
            <numerusform>{count} campagnes n&apos;ont ni nombre d&apos;envois ni nombre de messages livrés : elles sont donc laissées de côté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} campaign(s) reached nobody (0 sent), so it is/they are left out.</source>
        <translation>
            <numerusform>{count} campagne n&apos;a touché personne (0 envoi) : elle est donc laissée de côté.</numerusform>
            <numerusform>{count} campagnes n&apos;ont touché personne (0 envoi) : elles sont donc laissées de côté.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} campaign(s) reached nobody (0 delivered), so it is/they are left out.</source>
        <translation>
            <numerusform>{count} campagne n&apos;a touché personne (0 livré) : elle est donc laissée de côté.</numerusform>
            <numerusform>{count} campagnes n&apos;ont touché personne (0 livré) : elles sont donc laissées de côté.</numerusform>
        </translation>
    </message>
    <message>
        <source>No offer</source>
        <translation>Sans offre</translation>
    </message>
    <message>
        <source>No segment</source>
        <translation>Sans segment</translation>
    </message>
</context>
<context>
    <name>WeekList</name>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Campaigns of the month by week</source>
        <translation>Campagnes du mois par semaine</translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>Semaine du {day}</translation>
    </message>
    <message>
        <source>{day}  (today)</source>
        <translation>{day}  (aujourd&apos;hui)</translation>
    </message>
    <message>
        <source>Holiday: {name}</source>
        <translation>Jour férié&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Plan a send…</source>
        <translation>Planifier un envoi…</translation>
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
<context>
    <name>WhatIfPanel</name>
    <message>
        <source>People to text</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>People to text (slider)</source>
        <translation>Destinataires (curseur)</translation>
    </message>
    <message>
        <source>Send date</source>
        <translation>Date d&apos;envoi</translation>
    </message>
    <message>
        <source>The day you will send. Where your rate has really been rising or falling, the forecast follows that trend to this day.</source>
        <translation>Le jour où vous enverrez. Si votre taux a vraiment monté ou baissé, la prévision suit cette tendance jusqu&apos;à ce jour.</translation>
    </message>
    <message>
        <source>From my past campaigns</source>
        <translation>D&apos;après mes campagnes passées</translation>
    </message>
    <message>
        <source>I&apos;ll type it</source>
        <translation>Je la saisis</translation>
    </message>
    <message>
        <source>Which past campaigns</source>
        <translation>Quelles campagnes passées</translation>
    </message>
    <message>
        <source>Expected conversion rate</source>
        <translation>Taux de conversion attendu</translation>
    </message>
    <message>
        <source>Expected conversion rate (slider)</source>
        <translation>Taux de conversion attendu (curseur)</translation>
    </message>
    <message>
        <source>Delivery rate from history</source>
        <translation>Taux de remise d&apos;après l&apos;historique</translation>
    </message>
    <message>
        <source>Delivery rate</source>
        <translation>Taux de remise</translation>
    </message>
    <message>
        <source>Price per message part</source>
        <translation>Prix par partie de message</translation>
    </message>
    <message>
        <source>Message parts per message</source>
        <translation>Parties par message</translation>
    </message>
    <message>
        <source>Revenue per conversion from history</source>
        <translation>Revenu par conversion d&apos;après l&apos;historique</translation>
    </message>
    <message>
        <source>Revenue per conversion</source>
        <translation>Revenu par conversion</translation>
    </message>
    <message>
        <source>Your next send</source>
        <translation>Votre prochain envoi</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Taux de conversion</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Remis</translation>
    </message>
    <message>
        <source>message parts</source>
        <translation>parties</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>Likely (80% range)</source>
        <translation>Probable (80 %)</translation>
    </message>
    <message>
        <source>95% range</source>
        <translation>Plage à 95 %</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>Bénéfice</translation>
    </message>
    <message>
        <source>Return on cost</source>
        <translation>Rendement</translation>
    </message>
    <message>
        <source>Cost per conversion</source>
        <translation>Coût par conversion</translation>
    </message>
    <message>
        <source>Break-even rate</source>
        <translation>Taux de rentabilité</translation>
    </message>
    <message>
        <source>Chance of a profit</source>
        <translation>Chance de bénéfice</translation>
    </message>
    <message>
        <source>Conversions wanted</source>
        <translation>Conversions voulues</translation>
    </message>
    <message>
        <source>How many people for a target?</source>
        <translation>Combien de personnes pour un objectif&#xa0;?</translation>
    </message>
    <message>
        <source>conversions, 90% sure</source>
        <translation>conversions, sûr à 90 %</translation>
    </message>
    <message>
        <source>I want</source>
        <translation>Je veux</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Écrire à</translation>
    </message>
    <message>
        <source>All campaigns</source>
        <translation>Toutes les campagnes</translation>
    </message>
    <message>
        <source>Segment: {segment}</source>
        <translation>Segment&#xa0;: {segment}</translation>
    </message>
    <message numerus="yes">
        <source>Last %n campaign(s)</source>
        <translation>
            <numerusform>Dernière campagne (%n)</numerusform>
            <numerusform>%n dernières campagnes</numerusform>
        </translation>
    </message>
    <message>
        <source>No history to forecast from: type an expected rate.</source>
        <translation>Pas d&apos;historique pour prévoir&#xa0;: saisissez un taux attendu.</translation>
    </message>
    <message>
        <source>Forecast rate for this send: {rate}.</source>
        <translation>Taux prévu pour cet envoi&#xa0;: {rate}.</translation>
    </message>
    <message>
        <source>Forecast rate for this send: {rate} (all past recipients pooled: {pooled}).</source>
        <translation>Taux prévu pour cet envoi&#xa0;: {rate} (tous les destinataires passés regroupés&#xa0;: {pooled}).</translation>
    </message>
    <message>
        <source>Typed rate: the range shows chance alone, not how much your campaigns vary from one send to the next.</source>
        <translation>Taux saisi&#xa0;: la plage ne montre que le hasard, pas la variation de vos campagnes d&apos;un envoi à l&apos;autre.</translation>
    </message>
    <message>
        <source>{count}  (your history has no delivered counts: set the delivery rate)</source>
        <translation>{count}  (votre historique n&apos;a pas de nombres remis&#xa0;: réglez le taux de remise)</translation>
    </message>
    <message>
        <source>about {count}</source>
        <translation>environ {count}</translation>
    </message>
    <message>
        <source>not known from history</source>
        <translation>inconnu d&apos;après l&apos;historique</translation>
    </message>
    <message>
        <source>needs revenue per conversion</source>
        <translation>nécessite le revenu par conversion</translation>
    </message>
    <message>
        <source>{amount}  ({low} to {high})</source>
        <translation>{amount}  (de {low} à {high})</translation>
    </message>
    <message>
        <source>{rate} of those delivered</source>
        <translation>{rate} des messages remis</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s): about {conversions} conversions (likely {low80}–{high80}; 95%: {low95}–{high95}), costing {cost}, bringing {revenue_low} to {revenue_high}; pays off with {chance} probability.</source>
        <translation>
            <numerusform>%Ln personne&#xa0;: environ {conversions} conversions (probablement {low80}–{high80}&#xa0;; 95 %&#xa0;: {low95}–{high95}), pour {cost}, rapportant de {revenue_low} à {revenue_high}&#xa0;; rentable avec une probabilité de {chance}.</numerusform>
            <numerusform>%Ln personnes&#xa0;: environ {conversions} conversions (probablement {low80}–{high80}&#xa0;; 95 %&#xa0;: {low95}–{high95}), pour {cost}, rapportant de {revenue_low} à {revenue_high}&#xa0;; rentable avec une probabilité de {chance}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s): about {conversions} conversions (likely {low80}–{high80}; 95%: {low95}–{high95}), costing {cost}.</source>
        <translation>
            <numerusform>%Ln personne&#xa0;: environ {conversions} conversions (probablement {low80}–{high80}&#xa0;; 95 %&#xa0;: {low95}–{high95}), pour {cost}.</numerusform>
            <numerusform>%Ln personnes&#xa0;: environ {conversions} conversions (probablement {low80}–{high80}&#xa0;; 95 %&#xa0;: {low95}–{high95}), pour {cost}.</numerusform>
        </translation>
    </message>
    <message>
        <source>not reachable: the rate could be close to zero</source>
        <translation>inatteignable&#xa0;: le taux pourrait être proche de zéro</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln person(s)</source>
        <translation>
            <numerusform>environ %Ln personne</numerusform>
            <numerusform>environ %Ln personnes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WhatIfWords</name>
    <message>
        <source>over {percent}</source>
        <translation>plus de {percent}</translation>
    </message>
    <message>
        <source>under {percent}</source>
        <translation>moins de {percent}</translation>
    </message>
</context>
</TS>
