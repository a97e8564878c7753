# Command names and descriptions, sent to Discord by `dwos register-commands`.
cmd-help-name = hilfe
cmd-help-description = Zeigt, was DWOS für dich tun kann
cmd-stats-name = statistik
cmd-stats-description = Zeigt die Mitgliederstatistik dieses Servers

# /help
help-header = **DWOS — dein Allianz-Assistent für WhiteOut Survival**
help-moderators = Für Moderatoren:

# Replies to things DWOS does not handle.
unknown-interaction = Das kenne ich noch nicht. Probier `/hilfe`, um zu sehen, was ich kann.
guild-only = Dieser Befehl funktioniert nur auf einem Server.
try-again-later = Bei mir ist etwas schiefgelaufen. Bitte versuch es in einer Minute noch einmal.

# /stats
stats-summary = **{ $guild }**
    Mitglieder: { $members }
    Gerade online: { $online }
    Verifizierte Spieler: { $verified }
stats-unavailable = Ich kann die Statistik dieses Servers nicht abrufen. Stell sicher, dass DWOS Mitglied dieses Servers ist.

# /verify and /reverify
cmd-verify-name = verifizieren
cmd-verify-description = Verknüpft deinen WhiteOut-Survival-Account mit diesem Server
cmd-reverify-name = neu-verifizieren
cmd-reverify-description = Gleicht deinen verknüpften Spielaccount erneut mit dem Spiel ab (Staat, Rolle, Spitzname)
verify-modal-title = Spielaccount verifizieren
verify-modal-label = Deine Spieler-ID in WhiteOut Survival
verify-modal-placeholder = Die Nummer in deinem Spielprofil, z. B. 12345678
verify-state-label = Deine Staatsnummer
verify-state-placeholder = Die # deines Staats, z. B. 245 (leer: der Staat dieses Servers)
verify-name-label = Dein Name im Spiel
verify-name-placeholder = Wie im Spiel angezeigt; wird hier dein Spitzname
verify-bad-id = Das sieht nicht nach einer Spieler-ID aus. Gemeint ist die Nummer in deinem Spielprofil.
verify-bad-state = Das sieht nicht nach einer Staatsnummer aus. Gemeint ist die Zahl nach dem # deines Staats, von 1 bis 9999.
verify-bad-name = Bitte gib deinen Namen im Spiel ein: 1 bis 24 Zeichen, ohne @ # < > ` * _ ~ |.
verify-need-state = Bitte gib deine Staatsnummer ein: Für diesen Server ist kein Heimatstaat eingestellt.
verify-start-again = Dieses Formular stammt aus einer älteren Version von DWOS. Bitte nutze /verifizieren noch einmal.
verify-unknown-player = Im Spiel gibt es keinen Spieler mit der ID { $id }. Prüf die Nummer in deinem Spielprofil.
verify-wrong-state = Laut Spiel ist Spieler { $id } nicht in Staat { $state }. Prüf deine Staatsnummer und versuch es noch einmal.
verify-try-again = Erneut versuchen
verify-moved-unknown = Laut Spiel ist Spieler { $id } nicht mehr in Staat { $state }, und ich konnte den neuen Staat in der Nähe nicht finden. Nutze /verifizieren mit deiner neuen Staatsnummer.
verify-too-many = Du hast es in den letzten 30 Minuten 5-mal versucht. Bitte warte { $minutes ->
        [one] eine Minute
       *[other] { $minutes } Minuten
    } und versuch es dann noch einmal.
verify-taken = Die Spieler-ID { $id } ist bereits mit einem anderen Mitglied dieses Servers verknüpft. Wenn es deine ist, bitte einen Moderator, die Verknüpfung zu trennen.
furnace-level = Stufe { $level }
furnace-not-declared = nicht angegeben
furnace-question = Welche Stufe hat dein Ofen? (optional)
furnace-placeholder = Wähle deine Ofenstufe
furnace-skip = Überspringen
furnace-noted = Ofenstufe { $furnace } notiert (wie von dir angegeben).
verify-done = Verifiziert: Das Spiel hat Spieler { $id } in Staat { $state } bestätigt. Dein Spitzname hier ist **{ $nickname }** (wie von dir angegeben).
verify-stored = DWOS speichert für diesen Server deine Discord-ID zusammen mit dieser Spieler-ID, dem Staat, dem Namen und der Ofenstufe und gleicht ID und Staat etwa einmal pro Woche mit dem Spiel ab. Mehr dazu unter /datenschutz.
verify-refreshed = Geprüft: Spieler { $id } ist in Staat { $state }. Dein Name ist **{ $nickname }**, Ofen: { $furnace } (wie von dir angegeben).
verify-not-linked = Du hast deinen Spielaccount hier noch nicht verifiziert. Nutze zuerst /verifizieren.
verify-permissions = Du bist verifiziert, aber ich konnte dir die Verifizierungsrolle nicht geben oder deinen Spitznamen nicht setzen. Ein Moderator muss DWOS die Berechtigungen „Rollen verwalten“ und „Spitznamen verwalten“ geben und die DWOS-Rolle über die Verifizierungsrolle schieben.
verify-game-down = Die Server des Spiels antworten gerade nicht. Dieser Versuch zählt nicht; ich versuche es noch ein paar Minuten weiter. Wenn sich diese Nachricht nicht ändert, versuch /verifizieren später noch einmal.
verify-role-name = Verifiziert
log-verified = { $user } hat sich als { $nickname } verifiziert (ID { $id }, Staat { $state }; Name selbst angegeben).
log-permissions = Konnte { $user } die Verifizierungsrolle oder den Spitznamen nicht geben: { $reason }

# /setup and /unlink (moderators)
cmd-setup-name = einrichten
cmd-setup-description = Richtet die Verifizierung ein: Verifizierungsrolle, Log-Kanal, Sprache, und postet das Panel
cmd-setup-role-description = Rolle für verifizierte Mitglieder (Standard: eine Rolle namens Verifiziert)
cmd-setup-log-channel-description = Kanal, in dem DWOS Verifizierungen und Änderungen protokolliert
cmd-setup-language-description = Die Standardsprache von DWOS auf diesem Server
cmd-setup-home-state-description = Die Nummer des Staats, für den dieser Server ist (vorausgefüllt in /verifizieren)
cmd-setup-giftcode-channel-description = Kanal, in dem neue Geschenkcodes angekündigt und ihre Einlösung gemeldet werden
cmd-setup-test-player-description = Spieler-ID zum ersten Test neuer Geschenkcodes, wenn der Moderator keine verknüpft hat
cmd-unlink-name = trennen
cmd-unlink-description = Trennt den Spielaccount eines Mitglieds, damit die ID erneut verifiziert werden kann
cmd-unlink-member-description = Das Mitglied, dessen Verknüpfung getrennt wird
moderator-only = Das können nur DWOS-Moderatoren: Mitglieder mit „Server verwalten“ oder die mit /moderatoren eingetragenen Rollen und Mitglieder.
setup-saved = Einrichtung gespeichert. Verifizierungsrolle: { $role }. Log-Kanal: { $channel }. Sprache: { $language }. Heimatstaat: { $state }. Geschenkcodes: { $giftcodes }. Testspieler: { $tester }.
setup-not-set = nicht festgelegt
setup-panel-failed = Einrichtung gespeichert, aber ich konnte das Verifizierungspanel in diesem Kanal nicht posten. Prüf, ob DWOS hier Nachrichten senden darf.
panel-text = **Willkommen!** Verifiziere deinen WhiteOut-Survival-Account, um Zugang zu diesem Server zu bekommen: Drück den Button und gib deine Spieler-ID, deinen Staat und deinen Namen im Spiel ein. Das Spiel bestätigt ID und Staat; DWOS speichert sie mit deiner Discord-ID für diesen Server (/datenschutz).
panel-button = Verifizieren
unlink-done = Die Verknüpfung von { $user } mit Spieler { $nickname } (ID { $id }) wurde getrennt. Die ID kann jetzt erneut verifiziert werden.
unlink-none = { $user } hat auf diesem Server keinen verknüpften Spielaccount.
log-unlinked = { $moderator } hat die Verknüpfung von { $user } mit Spieler { $nickname } (ID { $id }) getrennt.

# Weekly check
log-transferred = { $user } ({ $nickname }, ID { $id }) ist von Staat { $old } nach Staat #{ $state } umgezogen.
log-transfer-unknown = { $user } ({ $nickname }, ID { $id }) ist nicht mehr in Staat { $old }, und ich konnte den neuen Staat in der Nähe nicht finden. Das Mitglied kann /neu-verifizieren oder /verifizieren nutzen.
log-account-gone = { $user } ({ $nickname }, ID { $id }): Das Spiel kennt diesen Spieler seit drei Prüfungen in Folge nicht mehr. Der Account scheint gelöscht zu sein; es wurde nichts entfernt, ein Moderator kann ihn mit /trennen trennen.

# Alliance choice after verification
alliance-question = In welcher Allianz bist du?
alliance-placeholder = Wähle deine Allianz
alliance-none = Keine Allianz
alliance-other-state = Aus einem anderen Staat
alliance-new-button = Meine Allianz fehlt
alliance-bad-tag = Ein Allianzkürzel besteht aus 3 oder 4 Buchstaben oder Ziffern.
alliance-done = Fertig: Du bist { $rank } in [{ $tag }].
alliance-none-done = Fertig: keine Allianz.
alliance-other-done = Fertig: Du bist als Spieler aus einem anderen Staat eingetragen.

# /privacy
cmd-privacy-name = datenschutz
cmd-privacy-description = Was DWOS über dich speichert und wie du es löschen lassen kannst
privacy-notice = **Was DWOS über dich speichert**
    • Wenn du dich verifizierst: deine Discord-ID, deine Spieler-ID und deinen Staat (das Spiel bestätigt beides bei der Verifizierung und danach etwa einmal pro Woche), den Namen im Spiel und die Ofenstufe, die du angibst, deine Allianz und deinen Rang sowie den Zeitpunkt deiner Zustimmung.
    • Deine Entscheidungen: deine Sprache, für dich eingelöste Geschenkcodes, Erinnerungen per DM, deine Antworten auf Events, die Regeln, die du akzeptiert hast, und den Betreff eines offenen Tickets.
    • Den Tag, an dem du DWOS zuletzt benutzt hast, und deine Verifizierungsversuche der letzten 30 Minuten, um Missbrauch zu verhindern.
    • Sonst nichts: keine Nachrichten, keine IP-Adressen.
    → **Warum:** um dir auf diesem Server die richtigen Rollen und den richtigen Spitznamen zu geben und seinen Mitgliedern Allianzinfos anzuzeigen.
    → **Deine Rechte:** Mit den Buttons unten exportierst du alles als Datei oder löschst es (samt den Rollen und dem Spitznamen, die DWOS vergeben hat). Wenn du DWOS 180 Tage lang nicht nutzt, wird alles automatisch gelöscht.

# /setup refusals: the Verified role goes to everyone who verifies, so it must be harmless.
setup-needs-manage-roles = Du brauchst die Berechtigung „Rollen verwalten“, um die Rolle auszuwählen, die DWOS verifizierten Mitgliedern gibt.
setup-role-everyone = @everyone kann nicht die Verifizierungsrolle sein: Jedes Mitglied hat sie bereits.
setup-role-managed = { $role } wird von einer Integration oder einem Bot verwaltet, daher kann DWOS sie nicht an Mitglieder vergeben.
setup-role-elevated = { $role } hat Moderatorberechtigungen (etwa Administrator, Server verwalten, Rollen verwalten, Bannen oder Kicken). Jeder, der sich verifiziert, würde sie bekommen, daher lehnt DWOS sie ab. Wähle eine Rolle ohne diese Berechtigungen.
setup-role-above-bot = { $role } steht über der höchsten Rolle von DWOS, daher kann DWOS sie nicht vergeben. Schieb die DWOS-Rolle unter Servereinstellungen → Rollen darüber und führe dann /einrichten erneut aus.
log-unsafe-role = Ich habe { $user } die Rolle { $role } nicht gegeben: Sie hat Moderatorberechtigungen oder wird verwaltet. Führe /einrichten mit einer harmlosen Rolle aus.
setup-role-above-you = { $role } steht über deiner höchsten Rolle, daher kannst du sie nicht vergeben. Frag einen Administrator oder wähle eine niedrigere Rolle.
setup-bot-needs-manage-roles = DWOS braucht die Berechtigung „Rollen verwalten“, um die Verifizierungsrolle zu vergeben. Gib sie der DWOS-Rolle und führe dann /einrichten erneut aus.

# /event
cmd-event-name = event
cmd-event-description = Spiel-Events und ihre Erinnerungen
cmd-event-create-description = Erstellt ein Event mit Erinnerungen vor dem Start
cmd-event-create-type-description = Welches Spiel-Event
cmd-event-create-start-description = Erster Start, JJJJ-MM-TT HH:MM (in der Zeitzone unten)
cmd-event-create-timezone-description = Zeitzone des Starts (Standard: UTC, die Uhrzeit des Spiels)
cmd-event-create-repeat-description = Wie oft es wiederkehrt (Standard: wie bei diesem Event üblich)
cmd-event-create-reminders-description = Minuten vor dem Start, kommagetrennt (Standard: 10,5,0)
cmd-event-create-channel-description = Wohin die Erinnerungen gehen (Standard: dieser Kanal)
cmd-event-create-role-description = Eine Rolle, die in den Erinnerungen erwähnt wird
cmd-event-create-title-description = Titel (Pflicht bei einem eigenen Event)
cmd-event-create-alliance-description = Das Allianzkürzel, für ein eigenes Event einer Allianz (durch ihren R5)
cmd-event-list-description = Die nächsten Events dieses Servers
cmd-event-cancel-description = Sagt ein Event ab
cmd-event-cancel-event-description = Die ID des Events, aus /event list
cmd-event-pause-description = Pausiert die Erinnerungen eines Events
cmd-event-pause-event-description = Die ID des Events, aus /event list
cmd-event-resume-description = Setzt die Erinnerungen eines Events fort
cmd-event-resume-event-description = Die ID des Events, aus /event list
event-type-bear-trap = Bear Trap
event-type-crazy-joe = Crazy Joe
event-type-foundry = Foundry Battle
event-type-canyon-clash = Canyon Clash
event-type-fortress = Fortress Battle
event-type-frostfire-mine = Frostfire Mine
event-type-castle-battle = Castle Battle
event-type-svs = SvS
event-type-mercenary-prestige = Mercenary Prestige
event-type-daily-reset = Täglicher Reset
event-type-custom = Event
repeat-once = einmalig
repeat-daily = täglich
repeat-every-2-days = alle 2 Tage
repeat-weekly = wöchentlich
repeat-every-2-weeks = alle 2 Wochen
repeat-every-4-weeks = alle 4 Wochen
repeat-monthly = monatlich
event-bad-start = Ich kann den Start „{ $start }“ nicht lesen. Schreib ihn als JJJJ-MM-TT HH:MM, zum Beispiel 2026-12-01 18:30.
event-bad-zone = „{ $zone }“ ist keine Zeitzone, die ich kenne. Wähle eine aus der Liste, zum Beispiel Europe/Berlin oder UTC.
event-past = Dieser Start liegt in der Vergangenheit und das Event wiederholt sich nicht. Wähle einen späteren Start.
event-bad-reminders = Ich kann die Erinnerungen „{ $reminders }“ nicht lesen. Schreib die Minuten vor dem Start, durch Kommas getrennt, zum Beispiel 30,10,0.
event-too-many-reminders = Höchstens { $max } Erinnerungen pro Event.
event-reminder-too-early = Eine Erinnerung darf höchstens { $max } Minuten vor dem Start liegen (nicht vor dem vorherigen Termin und höchstens eine Woche).
event-title-needed = Ein eigenes Event braucht einen Titel.
event-bad-title = Der Titel darf höchstens { $max } Zeichen haben, ohne Erwähnungen, Links oder Formatierung.
event-moderators-or-officers = Nur Moderatoren verwalten die Events des Servers; der R5 einer Allianz verwaltet die eigenen.
event-needs-rank = Nur der R5 von [{ $tag }] (oder ein Moderator) kann Events für diese Allianz erstellen.
event-channel-not-yours = Du kannst in { $channel } nicht schreiben, also können auch die Erinnerungen nicht dorthin. Wähle einen Kanal, in dem du schreiben kannst.
event-role-not-mentionable = { $role } kann nicht von allen erwähnt werden; nur Mitglieder, die jede Rolle erwähnen dürfen, können sie von Erinnerungen pingen lassen.
event-created = **{ $title }** ist geplant (ID `{ $id }`). Nächster Termin: { $next }.
event-none = Auf diesem Server sind keine Events geplant. Erstelle eins mit /event create.
event-list-header = **Anstehende Events**
event-list-line = `{ $id }` **{ $title }**: { $next } ({ $repeat })
event-paused-tag = (pausiert)
event-not-found = Auf diesem Server gibt es kein Event mit dieser ID. /event list zeigt die IDs.
event-cancelled = **{ $title }** (`{ $id }`) ist abgesagt; keine weiteren Erinnerungen.
event-paused = **{ $title }** ist pausiert: keine Erinnerungen bis /event resume.
event-resumed = **{ $title }** läuft wieder.
reminder-starts = **{ $title }** startet { $when }.
reminder-now = **{ $title }** startet jetzt!
log-event-channel-lost = Ich kann keine Erinnerungen für **{ $title }** (`{ $id }`) mehr in { $channel } posten ({ $reason }), daher ist das Event pausiert. Gib DWOS Zugriff auf den Kanal und nutze dann /event resume.
cmd-event-edit-description = Ändert ein Event: Nur die angegebenen Optionen werden geändert
cmd-event-edit-event-description = Die ID des Events, aus /event list
cmd-event-edit-start-description = Neuer erster Start, JJJJ-MM-TT HH:MM
cmd-event-edit-timezone-description = Neue Zeitzone des Starts
cmd-event-edit-repeat-description = Neue Wiederholung
cmd-event-edit-reminders-description = Neue Erinnerungen, Minuten vor dem Start, kommagetrennt
cmd-event-edit-channel-description = Neuer Kanal für die Erinnerungen
cmd-event-edit-role-description = Neue Rolle zum Erwähnen
cmd-event-edit-title-description = Neuer Titel
cmd-event-edit-clear-description = Entfernt die Rolle (keine Pings mehr) oder den eigenen Titel
event-updated = **{ $title }** (`{ $id }`) ist aktualisiert. Nächster Termin: { $next }.
event-list-page = Seite { $page } von { $pages }
event-announcement = **{ $title }**: nächster Termin { $next } ({ $repeat }). Erinnerungen { $reminders } Minuten vorher.
event-button-dm = Per DM erinnern
event-button-going = Dabei ({ $count })
event-button-not-going = Nicht dabei ({ $count })
event-dm-on = Du bekommst die Erinnerungen für **{ $title }** jetzt auch per DM. Drück den Button noch einmal, um das zu beenden.
event-dm-off = Keine DMs mehr für **{ $title }**.

# /giftcode
cmd-giftcode-name = geschenkcode
cmd-giftcode-description = Geschenkcodes: hinzufügen, auflisten, einlösen und automatisch einlösen
cmd-giftcode-add-description = Fügt einen Geschenkcode hinzu und löst ihn für alle ein, die zugestimmt haben (Moderatoren)
cmd-giftcode-add-code-description = Der Code, wie das Spiel ihn anzeigt
cmd-giftcode-list-description = Die noch aktiven Geschenkcodes auf diesem Server
cmd-giftcode-redeem-description = Löst einen Geschenkcode jetzt für deinen verknüpften Spieler ein
cmd-giftcode-redeem-code-description = Der Code, wie das Spiel ihn anzeigt
cmd-giftcode-auto-description = Schaltet das automatische Einlösen neuer Geschenkcodes durch DWOS ein oder aus
cmd-giftcode-auto-mode-description = Ein oder aus
giftcode-bad-code = Das sieht nicht nach einem Geschenkcode aus: 4 bis 20 Buchstaben und Ziffern, ohne Leerzeichen.
giftcode-no-tester = Ich brauche einen Spieler, mit dem ich den Code zuerst teste: Verifiziere deinen eigenen Account mit /verifizieren oder lege mit /einrichten test_player einen Testspieler fest (und den Heimatstaat).
giftcode-game-busy = Das Spiel hat auf die Testeinlösung nicht geantwortet. Es wurde nichts angekündigt; versuch es in ein paar Minuten noch einmal.
giftcode-test-inconclusive = Die Testeinlösung ergab: { $outcome }. Das sagt nichts über den Code aus, daher wurde nichts angekündigt. Prüf den Testspieler unter /einrichten.
giftcode-added = Geschenkcode **{ $code }** funktioniert (Test: { $outcome }). Er ist angekündigt und wird jetzt für { $count ->
        [one] das eine Mitglied eingelöst, das zugestimmt hat
       *[other] die { $count } Mitglieder eingelöst, die zugestimmt haben
    }.
giftcode-again = Geschenkcode **{ $code }** wurde schon einmal hinzugefügt. Ich löse ihn für { $count ->
        [one] das eine Mitglied ein, das zugestimmt hat
       *[other] die { $count } Mitglieder ein, die zugestimmt haben
    }; wer ihn schon hat, wird nicht erneut angefragt.
giftcode-announcement = 🎁 Neuer Geschenkcode: **{ $code }**. Drück den Button, um ihn für deinen verknüpften Spieler einzulösen, oder schalte das automatische Einlösen mit /geschenkcode auto ein.
giftcode-redeem-button = Für mich einlösen
giftcode-list-empty = Keine aktiven Geschenkcodes auf diesem Server.
giftcode-list-title = **Aktive Geschenkcodes**
giftcode-list-line = **{ $code }**, hinzugefügt { $added }: { $done }/{ $total } Mitglieder erledigt
giftcode-auto-on = Fertig: DWOS löst neue Geschenkcodes für deinen verknüpften Spieler ein. Dafür sendet es dem Spiel deine Spieler-ID, deinen Staat und den Code, sonst nichts. Du kannst es jederzeit mit /geschenkcode auto off ausschalten.
giftcode-auto-off = Fertig: DWOS löst Geschenkcodes nicht mehr automatisch für dich ein. Du kannst weiterhin „Für mich einlösen“ drücken.
giftcode-consent = **Geschenkcodes:** Soll DWOS neue Geschenkcodes automatisch für dich einlösen? Dafür sendet es dem Spiel deine Spieler-ID, deinen Staat und den Code, sonst nichts. Du kannst das jederzeit mit /geschenkcode auto ändern.
giftcode-consent-yes = Ja, für mich einlösen
giftcode-consent-no = Nein, danke
giftcode-dead-expired = Der Code ist abgelaufen: Es wird nichts mehr eingelöst.
giftcode-dead-not-found = Das Spiel kennt diesen Code nicht: Es wird nichts mehr eingelöst.
giftcode-dead-usage-limit = Der Code ist aufgebraucht: Es wird nichts mehr eingelöst.
giftcode-report-title = 🎁 **{ $code }**: { $done }/{ $total } Mitglieder
giftcode-report-redeemed = ✅ Eingelöst: { $count }
giftcode-report-already = ☑️ Hatten ihn schon: { $count }
giftcode-report-furnace = 🔥 Ofen zu niedrig: { $count }
giftcode-report-wrong-state = 🗺️ Falscher Staat: { $count }
giftcode-report-failed = ⚠️ Fehlgeschlagen: { $count }
giftcode-detail-button = Details
giftcode-detail-title = **{ $code }**, Mitglied für Mitglied:
giftcode-detail-more = …und { $count } weitere.
giftcode-outcome-redeemed = eingelöst
giftcode-outcome-already-redeemed = hatte ihn schon
giftcode-outcome-same-type-redeemed = hatte schon einen Code dieser Art
giftcode-outcome-expired = der Code ist abgelaufen
giftcode-outcome-not-found = das Spiel kennt diesen Code nicht
giftcode-outcome-usage-limit = der Code ist aufgebraucht
giftcode-outcome-furnace-too-low = Ofenstufe zu niedrig für diesen Code
giftcode-outcome-spend-required = erfordert zuerst einen Kauf
giftcode-outcome-vip-required = VIP-Stufe zu niedrig
giftcode-outcome-wrong-state = der Spieler ist nicht in dem Staat, den DWOS kennt
giftcode-outcome-no-such-player = im Spiel gibt es keinen Spieler mit dieser ID
giftcode-outcome-failed = das Spiel hat nicht geantwortet; versuch es später noch einmal
giftcode-verify-first = Verifiziere zuerst deinen Spielaccount mit /verifizieren: DWOS löst Codes für deinen verknüpften Spieler ein.
giftcode-mine = Geschenkcode **{ $code }**: { $outcome }.

# /moderators, /news
cmd-moderators-name = moderatoren
cmd-moderators-description = Wer hier DWOS moderiert, neben Mitgliedern mit „Server verwalten“
cmd-moderators-add-description = Macht eine Rolle oder ein Mitglied zum DWOS-Moderator
cmd-moderators-add-role-description = Eine Rolle, deren Mitglieder moderieren
cmd-moderators-add-member-description = Ein Mitglied, das moderiert
cmd-moderators-remove-description = Entfernt eine Moderatorrolle oder einen einzelnen Moderator
cmd-moderators-remove-role-description = Die Rolle
cmd-moderators-remove-member-description = Das Mitglied
cmd-moderators-list-description = Listet die Moderatorrollen und einzelnen Moderatoren auf
cmd-news-name = neuigkeiten
cmd-news-description = Postet Neuigkeiten in einem Kanal, mit Übersetzungen (Moderatoren)
moderators-need-target = Gib eine Rolle, ein Mitglied oder beides an.
moderators-too-many = Ein Server kann höchstens { $max } Moderatorrollen und { $max } einzelne Moderatoren haben.
moderators-list = **DWOS-Moderatoren** (neben „Server verwalten“). Rollen: { $roles }. Mitglieder: { $members }.
log-refused = { $user } hat eine Aktion versucht, die nur Moderatoren erlaubt ist: { $what }
news-modal-title = Neuigkeiten
news-language-label = Sprache (en, it, es, de, fr, …)
news-language-placeholder = en
news-title-label = Titel
news-title-placeholder = Bear Trap ab jetzt um 20:00
news-body-label = Text
news-body-placeholder = Was die Mitglieder wissen sollten
news-empty = Ein Beitrag braucht einen Titel und einen Text.
news-bad-language = Nutze einen dieser Sprachcodes: { $languages }.
news-gone = Dieser Beitrag ist nicht mehr vorhanden.
news-draft = Hier ist dein Beitrag. Wähle den Kanal, in dem er erscheinen soll, oder füge zuerst eine Übersetzung hinzu (Übersetzungen: { $languages }).
news-pick-channel = Posten in…
news-add-translation = Übersetzung hinzufügen
news-posted = In { $channel } gepostet.
news-post-failed = Ich konnte nicht in { $channel } posten. Prüf, ob DWOS dort Nachrichten senden darf.
news-translate-button = Übersetzen
moderators-bad-role = Diese Rolle kann nicht moderieren: @everyone würde jedes Mitglied zum Moderator machen, und eine verwaltete Rolle gehört zu einem Bot oder einer Integration.
news-channel-forbidden = Du darfst in diesem Kanal keine Nachrichten senden, daher postet DWOS dort auch nicht für dich.
giftcode-outcome-opted-out = nicht mehr verknüpft oder keine Zustimmung mehr: übersprungen
giftcode-too-many = Du hast in den letzten 10 Minuten 10 Codes eingelöst; alle Server teilen sich das Tempo des Spiels. Versuch es in { $minutes } Min. noch einmal.
giftcode-report-skipped = ⏭️ Übersprungen (nicht mehr verknüpft oder keine Zustimmung): { $count }
privacy-export-button = Meine Daten exportieren
privacy-delete-button = Meine Daten löschen
privacy-delete-confirm = **Alles löschen, was DWOS über dich speichert, auf allen Servern?** Deine verifizierten Accounts, Allianzmitgliedschaften, Event-Antworten, Geschenkcode-Ergebnisse, von dir geschriebene Neuigkeiten und Einstellungen sind dann endgültig weg, und DWOS entfernt die Verifizierungsrolle und den vergebenen Spitznamen, wo es noch kann. Das kann nicht rückgängig gemacht werden.
privacy-erase-button = Ja, alles löschen
privacy-keep-button = Nein, behalten
privacy-kept = Es wurde nichts gelöscht.
privacy-export-ready = Hier ist alles, was DWOS über dich speichert, auf allen Servern, als JSON-Datei.
privacy-erased = Erledigt. { $count ->
        [one] Ein Eintrag über dich wurde gelöscht
       *[other] { $count } Einträge über dich wurden gelöscht
    }. Du kannst dich jederzeit erneut verifizieren.
privacy-erasing = Deine Daten werden gelöscht…

## Alliances
cmd-alliance-name = allianz
cmd-alliance-description = Deine Allianz: beitreten, verlassen, Ränge, Mitgliederliste
cmd-alliance-create-description = Gründet eine Allianz, die du als R5 führst
cmd-alliance-create-name-description = Der vollständige Name der Allianz
cmd-alliance-create-tag-description = Ihr Kürzel wie im Spiel: 3 oder 4 Buchstaben oder Ziffern
cmd-alliance-join-description = Fragt den Beitritt zu einer Allianz dieses Servers an
cmd-alliance-leave-description = Verlässt deine Allianz
cmd-alliance-kick-description = Entfernt ein rangniedrigeres Mitglied aus deiner Allianz (R4 und R5)
cmd-alliance-kick-member-description = Das Mitglied, das entfernt wird
cmd-alliance-rank-description = Gibt einem Mitglied deiner Allianz einen Rang (R4 und R5)
cmd-alliance-rank-member-description = Das Mitglied
cmd-alliance-rank-rank-description = Der neue Rang (R5 wird mit /allianz transfer übergeben)
cmd-alliance-transfer-description = Übergibt die Führung (R5) an ein anderes Mitglied (nur R5)
cmd-alliance-transfer-member-description = Der neue R5
cmd-alliance-dissolve-description = Löst deine Allianz auf (nur R5)
cmd-alliance-info-description = Anführer, Ränge und Größe einer Allianz
cmd-alliance-info-tag-description = Das Kürzel der Allianz (leer: deine)
cmd-alliance-roster-description = Die Mitglieder einer Allianz, Seite für Seite
cmd-alliance-roster-sort-description = Sortiert nach Rang, Ofenstufe oder Name
cmd-alliance-roster-tag-description = Das Kürzel der Allianz (leer: deine)
alliance-bad-name = Ein Allianzname besteht aus 1 bis 32 Zeichen einfachem Text (keine Erwähnungen, Links oder Formatierung).
alliance-form-title = Neue Allianz
alliance-form-tag = Kürzel wie im Spiel (3-4 Buchstaben/Ziffern)
alliance-form-name = Vollständiger Name
alliance-verify-first = Verifiziere zuerst deinen Spielaccount (/verifizieren): Allianzen sind für verifizierte Mitglieder.
alliance-leave-first = Du bist in [{ $tag }]. Verlass sie zuerst mit /allianz leave.
alliance-tag-taken = Auf diesem Server gibt es schon eine Allianz mit dem Kürzel [{ $tag }].
alliance-created = [{ $tag }] { $name } wurde gegründet. Du führst sie als R5.
alliance-permissions = Einige Rollen, Kanäle oder Spitznamen konnten nicht gesetzt werden: DWOS braucht „Rollen verwalten“, „Kanäle verwalten“ und „Spitznamen verwalten“, und seine Rolle muss über den Allianzrollen stehen. Details stehen im Log-Kanal.
alliance-none-yet = Dieser Server hat noch keine Allianzen. Gründe eine mit /allianz create.
alliance-join-question = Welcher Allianz möchtest du beitreten? Ihre R4 und R5 werden gefragt.
alliance-unknown = Auf diesem Server gibt es keine Allianz [{ $tag }].
alliance-not-found = Keine Allianz gefunden: Gib ein Kürzel an oder tritt zuerst einer bei.
alliance-request = { $user } ({ $name }) möchte [{ $tag }] beitreten.
alliance-approve-button = Annehmen
alliance-deny-button = Ablehnen
alliance-request-sent = Deine Beitrittsanfrage für [{ $tag }] ging an ihre R4 und R5. Du bekommst eine Nachricht, sobald sie antworten.
alliance-request-gone = Nichts geändert: Die Beitrittsanfrage von { $user } für [{ $tag }] wurde bereits beantwortet, oder das Mitglied ist in einer anderen Allianz oder nicht mehr verifiziert.
alliance-denied = { $actor } hat die Beitrittsanfrage von { $user } für [{ $tag }] abgelehnt.
alliance-approved = { $actor } hat { $user } als Mitglied von [{ $tag }] angenommen.
alliance-welcome = Willkommen in [{ $tag }]! Ein Offizier hat deine Anfrage angenommen.
alliance-left = Du hast [{ $tag }] verlassen.
alliance-not-in-one = Du bist auf diesem Server in keiner Allianz.
alliance-not-member = { $user } ist kein Mitglied von [{ $tag }].
alliance-changed-meanwhile = { $user } wurde zwischenzeitlich von jemand anderem geändert. Bitte schau noch einmal nach und versuch es erneut.
alliance-kicked = { $user } ist kein Mitglied von [{ $tag }] mehr.
alliance-ranked = { $user } ist jetzt { $rank } in [{ $tag }].
alliance-transfer-confirm = Die Führung von [{ $tag }] an { $user } übergeben? Du wirst R4.
alliance-transfer-button = R5 übergeben
alliance-cancel-button = Abbrechen
alliance-cancelled = Abgebrochen: Nichts wurde geändert.
alliance-transferred = { $user } führt [{ $tag }] jetzt als R5.
alliance-dissolve-confirm = [{ $tag }] auflösen? Alle Mitglieder verlassen die Allianz und ihre Rollen werden gelöscht. Ihre Kanäle können bleiben (mit ihrem Verlauf) oder gelöscht werden.
alliance-dissolve-keep = Auflösen, Kanäle behalten
alliance-dissolve-delete = Auflösen, Kanäle löschen
alliance-dissolved = [{ $tag }] wurde aufgelöst.
alliance-info = **[{ $tag }] { $name }**
    R5: { $leader }
    Mitglieder: { $members } (R4: { $r4 }, R3: { $r3 }, R2: { $r2 }, R1: { $r1 })
    Seit { $created }
alliance-roster = **[{ $tag }]**, { $members ->
        [one] { $members } Mitglied
       *[other] { $members } Mitglieder
    } (Seite { $page } von { $pages })
alliance-sort-rank = Nach Rang
alliance-sort-furnace = Nach Ofenstufe
alliance-sort-name = Nach Name
alliance-not-officer = Das können nur R4 und R5 der Allianz.
alliance-not-below = Du kannst nur Mitglieder verwalten, die einen niedrigeren Rang haben als du.
alliance-not-leader = Das kann nur der R5 der Allianz.
alliance-rank-too-high = Wähle R1 bis R4 (ein R4 kann bis R3 vergeben). R5 wird mit /allianz transfer übergeben.
alliance-on-themselves = Das kannst du nicht bei dir selbst machen (zum Verlassen nutze /allianz leave).
alliance-rank-unchanged = { $user } hat diesen Rang bereits.
log-alliance-permissions = Konnte die Rollen und Kanäle von [{ $tag }] nicht erstellen oder entfernen: { $reason }
audit-created = { $actor } hat [{ $tag }] gegründet und führt sie als R5.
audit-joined = { $user } ist [{ $tag }] als { $rank } beigetreten (angenommen von { $actor }).
audit-left = { $user } hat [{ $tag }] verlassen.
audit-kicked = { $actor } hat { $user } aus [{ $tag }] entfernt.
audit-ranked = { $actor } hat { $user } in [{ $tag }] zum { $rank } gemacht.
audit-transferred = { $actor } hat die Führung von [{ $tag }] an { $user } übergeben.
audit-succeeded = { $user } führt [{ $tag }] jetzt als R5: Der vorherige R5 hat die Allianz verlassen.
audit-dissolved = { $actor } hat [{ $tag }] aufgelöst.

# /setup stats
cmd-setup-stats-description = Erstellt gesperrte Sprachkanäle mit Mitgliedern, verifizierten Spielern und Allianzen
setup-stats-made = Statistikkanäle: { $channels } (sie werden innerhalb von 10 Minuten umbenannt, wenn sich eine Zahl ändert).
setup-stats-failed = Ich konnte die Statistikkanäle nicht erstellen: DWOS braucht die Berechtigung „Kanäle verwalten“.
stats-channel-members = Mitglieder: { $count }
stats-channel-verified = Verifiziert: { $count }
stats-channel-alliances = Allianzen: { $count }

# /language
cmd-language-name = sprache
cmd-language-description = Wähle die Sprache, in der DWOS mit dir spricht, auf allen Servern und in DMs
cmd-language-language-description = Deine Sprache („Discord“ folgt wieder deiner Discord-App)
language-set = Ab jetzt antworte ich dir auf Deutsch, auf allen Servern und in DMs.
language-automatic = Ab jetzt folge ich wieder der Sprache deiner Discord-App.

# /dashboard
cmd-dashboard-name = dashboard
cmd-dashboard-description = Deine eigene Seite: Verifizierung, Allianz, Sprache und was DWOS für dich tut
dashboard-title = **Dein DWOS-Dashboard**
dashboard-verified = Verifiziert: Spieler { $id }, **{ $name }**, Staat { $state } (Name wie von dir angegeben)
dashboard-not-verified = Auf diesem Server noch nicht verifiziert: Nutze /verifizieren.
dashboard-furnace = Ofen: { $furnace }
dashboard-alliance = Allianz: { $alliance }
dashboard-not-set = keine
dashboard-language = Sprache: { $language }
dashboard-language-discord = wie deine Discord-App
dashboard-reminder-dms = Event-Erinnerungen per DM auf diesem Server: { $on }
dashboard-auto-redeem = Geschenkcodes automatisch für dich einlösen: { $on }
dashboard-on = an
dashboard-off = aus
dashboard-hint = Deine Sprache änderst du mit /sprache, deine Daten mit /datenschutz.
dashboard-dm-on-button = Erinnerungen per DM senden
dashboard-dm-off-button = Keine Erinnerungen per DM
dashboard-redeem-on-button = Codes für mich einlösen
dashboard-redeem-off-button = Nicht mehr für mich einlösen

# /registration-help
cmd-registration-help-name = registrierungshilfe
cmd-registration-help-description = So verifizierst du dich: wo du deine Spieler-ID und deinen Staat im Spiel findest
registration-help-text = **So verifizierst du dich bei DWOS**
    1. Tippe in WhiteOut Survival auf deinen Avatar (oben links). Deine **Spieler-ID** ist die Nummer unter deinem Namen; tippe darauf, um sie zu kopieren.
    2. Dein **Staat** ist die Zahl nach dem **#**, die in deinem Profil und auf der Weltkarte steht (z. B. #245).
    3. Nutze hier /verifizieren (oder den Button „Verifizieren“ im Willkommenskanal) und gib die ID, den Staat und deinen Namen im Spiel ein.
    DWOS fragt beim Spiel nach, ob diese ID in diesem Staat ist; Name und Ofenstufe werden so übernommen, wie du sie angibst.

# /ticket and /close-ticket
cmd-ticket-name = ticket
cmd-ticket-description = Öffnet ein privates Gespräch mit den Moderatoren
cmd-ticket-subject-description = Worum es geht, in wenigen Worten
cmd-close-ticket-name = ticket-schließen
cmd-close-ticket-description = Schließt dein Ticket (oder, im Thread eines Tickets, dieses Ticket)
ticket-bad-subject = Bitte gib einen Betreff mit 1 bis 100 Zeichen einfachem Text an.
ticket-already-open = Du hast bereits ein offenes Ticket: { $ticket }. Schließ es mit /ticket-schließen, bevor du ein neues öffnest.
ticket-cannot-open = Ich konnte hier keinen privaten Thread öffnen. Versuch es in einem anderen Kanal oder bitte einen Moderator, DWOS die Berechtigung „Private Threads erstellen“ zu geben.
ticket-opening = Ticket von { $user }: **{ $subject }**
    Schreib hier; die Moderatoren sehen diesen Thread. Drück „Schließen“, wenn alles geklärt ist.
ticket-close-button = Schließen
ticket-opened = Dein Ticket ist offen: { $thread }
ticket-none = Du hast kein offenes Ticket.
ticket-closed = Das Ticket ist geschlossen; eine Zusammenfassung ging an den Log-Kanal.
log-ticket-opened = { $user } hat ein Ticket geöffnet: **{ $subject }** ({ $thread }).
log-ticket-closed = Ticket geschlossen: **{ $subject }** von { $user }, geöffnet am { $opened }, geschlossen am { $closed } durch { $by }, { $messages ->
        [one] 1 Nachricht
       *[other] { $messages } Nachrichten
    }.

# /rules
cmd-rules-name = regeln
cmd-rules-description = Die Regeln des Servers: ansehen und, für Moderatoren, festlegen, posten und planen
cmd-rules-show-description = Zeigt die Regeln des Servers
cmd-rules-set-description = Schreibt die Regeln (ein Formular); optional eine Rolle für alle, die sie akzeptieren
cmd-rules-set-role-description = Rolle, die bei „Ich akzeptiere“ vergeben wird (ohne Moderatorberechtigungen)
cmd-rules-post-description = Postet die Regeln mit einem Button „Ich akzeptiere“
cmd-rules-post-channel-description = Der Kanal, in dem sie gepostet werden
cmd-rules-automation-description = Postet die Regeln alle paar Tage erneut (0 beendet das)
cmd-rules-automation-every-days-description = Tage zwischen den Posts, 1 bis 365 (0: nie wieder)
cmd-rules-log-description = Wer die Regeln akzeptiert hat, neueste zuerst
rules-form-title = Die Regeln des Servers
rules-form-label = Regeln
rules-form-placeholder = Eine Regel pro Zeile; Markdown funktioniert.
rules-bad-text = Die Regeln müssen 1 bis 1.900 Zeichen lang sein.
rules-saved = Regeln gespeichert. Poste sie mit /regeln post.
rules-changed-meanwhile = Ein anderer Moderator hat die Regeln geändert, während du geschrieben hast; es wurde nichts gespeichert. Öffne /regeln set erneut, um von seiner Version auszugehen.
rules-none = Dieser Server hat noch keine Regeln. Ein Moderator schreibt sie mit /regeln set.
rules-role-elevated = { $role } hat Moderatorberechtigungen oder wird von einer Integration verwaltet: Diese Rolle kann nicht an alle vergeben werden, die akzeptieren.
rules-cannot-post = Ich kann in diesem Kanal nicht posten: Prüf, ob DWOS und du dort Nachrichten senden dürft.
rules-posted = Die Regeln sind in { $channel } gepostet.
rules-bad-days = Gib eine Anzahl von Tagen von 0 bis 365 an.
rules-post-first = Poste die Regeln einmal mit /regeln post; die Automatisierung postet sie dann erneut in diesem Kanal.
rules-automation-on = Die Regeln werden { $days ->
        [one] jeden Tag
       *[other] alle { $days } Tage
    } erneut gepostet.
rules-automation-off = Die Regeln werden nicht mehr automatisch gepostet.
rules-log-empty = Noch niemand hat die Regeln akzeptiert.
rules-log-header = **{ $count ->
        [one] 1 Mitglied hat
       *[other] { $count } Mitglieder haben
    } die Regeln akzeptiert** (neueste zuerst):
rules-accept-button = Ich akzeptiere
rules-accepted = Danke: Deine Zustimmung zu den Regeln ist vermerkt.
rules-accepted-before = Du hast die Regeln schon akzeptiert; es hat sich nichts geändert.
log-rules-role-elevated = Die Regelrolle { $role } hat jetzt Moderatorberechtigungen: DWOS vergibt sie nicht mehr. Wähle mit /regeln set eine andere.
