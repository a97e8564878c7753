# Command names and descriptions, sent to Discord by `dwos register-commands`.
cmd-help-name = aide
cmd-help-description = Découvre ce que DWOS peut faire pour toi
cmd-stats-name = statistiques
cmd-stats-description = Affiche les statistiques des membres de ce serveur

# /help
help-header = **DWOS — ton assistant d'alliance pour WhiteOut Survival**
help-moderators = Pour les modérateurs :

# Replies to things DWOS does not handle.
unknown-interaction = Je ne connais pas encore celle-là. Essaie `/aide` pour voir ce que je sais faire.
guild-only = Cette commande ne fonctionne que dans un serveur.
try-again-later = Un problème est survenu de mon côté. Réessaie dans une minute.

# /stats
stats-summary = **{ $guild }**
    Membres : { $members }
    En ligne : { $online }
    Joueurs vérifiés : { $verified }
stats-unavailable = Je n'arrive pas à lire les statistiques de ce serveur. Vérifie que DWOS est bien membre de ce serveur.

# /verify and /reverify
cmd-verify-name = vérifier
cmd-verify-description = Relie ton compte WhiteOut Survival à ce serveur
cmd-reverify-name = revérifier
cmd-reverify-description = Revérifie ton compte lié auprès du jeu (État, rôle, pseudo)
verify-modal-title = Vérifie ton compte de jeu
verify-modal-label = Ton ID de joueur WhiteOut Survival
verify-modal-placeholder = Le numéro affiché dans ton profil en jeu, ex. 12345678
verify-state-label = Ton numéro d'État
verify-state-placeholder = Le # de ton État, ex. 245 (vide : l'État de ce serveur)
verify-name-label = Ton nom en jeu
verify-name-placeholder = Tel qu'il apparaît dans le jeu ; il deviendra ton pseudo ici
verify-bad-id = Ça ne ressemble pas à un ID de joueur. C'est le numéro affiché dans ton profil en jeu.
verify-bad-state = Ça ne ressemble pas à un numéro d'État. C'est le numéro après le # de ton État, de 1 à 9999.
verify-bad-name = Saisis ton nom en jeu : de 1 à 24 caractères, sans @ # < > ` * _ ~ |.
verify-need-state = Saisis ton numéro d'État : ce serveur n'a pas d'État principal défini.
verify-start-again = Ce formulaire vient d'une ancienne version de DWOS. Utilise à nouveau /vérifier.
verify-unknown-player = Le jeu ne connaît aucun joueur avec l'ID { $id }. Vérifie le numéro dans ton profil en jeu.
verify-wrong-state = D'après le jeu, le joueur { $id } n'est pas dans l'État { $state }. Vérifie ton numéro d'État et réessaie.
verify-try-again = Réessayer
verify-moved-unknown = D'après le jeu, le joueur { $id } n'est plus dans l'État { $state }, et je n'ai pas trouvé le nouveau à proximité. Utilise /vérifier avec ton nouveau numéro d'État.
verify-too-many = Tu as essayé 5 fois au cours des 30 dernières minutes. Attends encore { $minutes ->
        [one] { $minutes } minute
        [many] { $minutes } minutes
       *[other] { $minutes } minutes
    }, puis réessaie.
verify-taken = L'ID de joueur { $id } est déjà lié à un autre membre de ce serveur. Si c'est le tien, demande à un modérateur de le dissocier.
furnace-level = Niveau { $level }
furnace-not-declared = non déclaré
furnace-question = Quel est le niveau de ta Fournaise ? (facultatif)
furnace-placeholder = Choisis le niveau de ta Fournaise
furnace-skip = Passer
furnace-noted = Niveau de Fournaise { $furnace } enregistré (tel que tu l'as déclaré).
verify-done = Vérifié : le jeu a confirmé le joueur { $id } dans l'État { $state }. Ton pseudo ici est **{ $nickname }** (tel que tu l'as déclaré).
verify-stored = DWOS enregistre ton ID Discord avec cet ID de joueur, ton État, ton nom et ton niveau de Fournaise pour ce serveur, et vérifie l'ID et l'État auprès du jeu environ une fois par semaine. /confidentialité t'en dit plus.
verify-refreshed = Vérifié : le joueur { $id } est dans l'État { $state }. Ton nom est **{ $nickname }**, Fournaise { $furnace } (tels que tu les as déclarés).
verify-not-linked = Tu n'as pas encore vérifié ton compte de jeu ici. Utilise d'abord /vérifier.
verify-permissions = Ta vérification est faite, mais je n'ai pas pu te donner le rôle Vérifié ni changer ton pseudo. Un modérateur doit donner à DWOS les permissions Gérer les rôles et Gérer les pseudos, et placer son rôle au-dessus du rôle Vérifié.
verify-game-down = Les serveurs du jeu ne répondent pas pour le moment. Cette tentative ne compte pas ; je continue d'essayer pendant quelques minutes, et si ce message ne change pas, réessaie /vérifier plus tard.
verify-role-name = Vérifié
log-verified = { $user } vérifié en tant que { $nickname } (ID { $id }, État { $state } ; nom déclaré).
log-permissions = Impossible de donner à { $user } le rôle Vérifié ou le pseudo : { $reason }

# /setup and /unlink (moderators)
cmd-setup-name = configurer
cmd-setup-description = Configure la vérification : rôle Vérifié, salon de logs, langue, et publie le panneau
cmd-setup-role-description = Rôle donné aux membres vérifiés (par défaut : un rôle nommé Vérifié)
cmd-setup-log-channel-description = Salon où DWOS consigne les vérifications et les changements
cmd-setup-language-description = La langue par défaut de DWOS sur ce serveur
cmd-setup-home-state-description = Le numéro de l'État de ce serveur (prérempli dans /vérifier)
cmd-setup-giftcode-channel-description = Salon où les nouveaux codes cadeaux sont annoncés, avec le bilan de leur échange
cmd-setup-test-player-description = ID du joueur sur qui tester d'abord un nouveau code cadeau, si le modérateur n'a pas de compte lié
cmd-unlink-name = dissocier
cmd-unlink-description = Dissocie le compte de jeu d'un membre pour que l'ID puisse être vérifié à nouveau
cmd-unlink-member-description = Le membre à dissocier
moderator-only = Seuls les modérateurs DWOS peuvent faire ça : les membres avec Gérer le serveur, ou les rôles et membres désignés avec /modérateurs.
setup-saved = Configuration enregistrée. Rôle Vérifié : { $role }. Salon de logs : { $channel }. Langue : { $language }. État principal : { $state }. Codes cadeaux : { $giftcodes }. Joueur test : { $tester }.
setup-not-set = non défini
setup-panel-failed = Configuration enregistrée, mais je n'ai pas pu publier le panneau de vérification dans ce salon. Vérifie que DWOS peut envoyer des messages ici.
panel-text = **Bienvenue !** Vérifie ton compte WhiteOut Survival pour accéder à ce serveur : appuie sur le bouton et saisis ton ID de joueur, ton État et ton nom en jeu. Le jeu confirme l'ID et l'État ; DWOS les enregistre avec ton ID Discord pour ce serveur (/confidentialité).
panel-button = Vérifier
unlink-done = { $user } a été dissocié du joueur { $nickname } (ID { $id }). L'ID peut maintenant être vérifié à nouveau.
unlink-none = { $user } n'a aucun compte de jeu lié sur ce serveur.
log-unlinked = { $moderator } a dissocié { $user } du joueur { $nickname } (ID { $id }).

# Weekly check
log-transferred = { $user } ({ $nickname }, ID { $id }) a quitté l'État { $old } pour l'État #{ $state }.
log-transfer-unknown = { $user } ({ $nickname }, ID { $id }) n'est plus dans l'État { $old }, et je n'ai pas trouvé le nouvel État à proximité. Le membre peut lancer /revérifier ou /vérifier.
log-account-gone = { $user } ({ $nickname }, ID { $id }) : le jeu ne connaît plus ce joueur depuis trois vérifications d'affilée. Le compte semble supprimé ; rien n'a été retiré, un modérateur peut le dissocier avec /dissocier.

# Alliance choice after verification
alliance-question = Dans quelle alliance es-tu ?
alliance-placeholder = Choisis ton alliance
alliance-none = Aucune alliance
alliance-other-state = Je viens d'un autre État
alliance-new-button = Mon alliance n'y est pas
alliance-bad-tag = Un tag d'alliance fait 3 ou 4 lettres ou chiffres.
alliance-done = C'est fait : tu es { $rank } dans [{ $tag }].
alliance-none-done = C'est fait : aucune alliance.
alliance-other-done = C'est fait : tu apparais comme joueur d'un autre État.

# /privacy
cmd-privacy-name = confidentialité
cmd-privacy-description = Ce que DWOS enregistre sur toi, et comment le faire supprimer
privacy-notice = **Ce que DWOS enregistre sur toi**
    • Quand tu te vérifies : ton ID Discord, ton ID de joueur et ton État (le jeu les confirme lors de la vérification, puis environ une fois par semaine), le nom en jeu et le niveau de Fournaise que tu déclares, ton alliance et ton rang, et la date de ton accord.
    • Tes choix : ta langue, les codes cadeaux échangés pour toi, les rappels en MP, tes réponses aux événements, les règles que tu as acceptées et le sujet d'un ticket ouvert.
    • Le jour où tu as utilisé DWOS pour la dernière fois, et tes tentatives de vérification des 30 dernières minutes, pour empêcher les abus.
    • Rien d'autre : aucun message, aucune adresse IP.
    → **Pourquoi :** pour te donner les bons rôles et le bon pseudo sur ce serveur, et montrer les informations d'alliance à ses membres.
    → **Tes droits :** les boutons ci-dessous exportent tout cela dans un fichier, ou le suppriment (avec les rôles et le pseudo attribués par DWOS). Si tu n'utilises pas DWOS pendant 180 jours, tout est supprimé automatiquement.

# /setup refusals: the Verified role goes to everyone who verifies, so it must be harmless.
setup-needs-manage-roles = Tu as besoin de la permission Gérer les rôles pour choisir le rôle que DWOS donne aux membres vérifiés.
setup-role-everyone = @everyone ne peut pas être le rôle Vérifié : tous les membres l'ont déjà.
setup-role-managed = { $role } est géré par une intégration ou un bot, donc DWOS ne peut pas le donner aux membres.
setup-role-elevated = { $role } donne des permissions de modération (comme Administrateur, Gérer le serveur, Gérer les rôles, Bannir ou Expulser des membres). Tous ceux qui se vérifient les obtiendraient, donc DWOS le refuse. Choisis un rôle sans ces permissions.
setup-role-above-bot = { $role } est au-dessus du rôle le plus élevé de DWOS, donc DWOS ne peut pas le donner. Place le rôle de DWOS au-dessus dans Paramètres du serveur → Rôles, puis relance /configurer.
log-unsafe-role = Je n'ai pas donné le rôle { $role } à { $user } : il donne des permissions de modération ou il est géré. Lance /configurer avec un rôle sans risque.
setup-role-above-you = { $role } est au-dessus de ton rôle le plus élevé, donc tu ne peux pas l'attribuer. Demande à un administrateur, ou choisis un rôle plus bas.
setup-bot-needs-manage-roles = DWOS a besoin de la permission Gérer les rôles pour donner le rôle Vérifié. Accorde-la au rôle de DWOS, puis relance /configurer.

# /event
cmd-event-name = événement
cmd-event-description = Les événements du jeu et leurs rappels
cmd-event-create-description = Crée un événement avec des rappels avant son début
cmd-event-create-type-description = Quel événement du jeu
cmd-event-create-start-description = Première date de début, AAAA-MM-JJ HH:MM (dans le fuseau horaire ci-dessous)
cmd-event-create-timezone-description = Fuseau horaire du début (par défaut UTC, l'heure du jeu)
cmd-event-create-repeat-description = À quelle fréquence il revient (par défaut : l'habituelle pour cet événement)
cmd-event-create-reminders-description = Minutes avant le début, séparées par des virgules (par défaut 10,5,0)
cmd-event-create-channel-description = Où envoyer les rappels (par défaut : ce salon)
cmd-event-create-role-description = Un rôle à mentionner dans les rappels
cmd-event-create-title-description = Titre (obligatoire pour un événement personnalisé)
cmd-event-create-alliance-description = Le tag de l'alliance, pour un événement propre à une alliance (géré par son R5)
cmd-event-list-description = Les prochains événements de ce serveur
cmd-event-cancel-description = Annule un événement
cmd-event-cancel-event-description = L'id de l'événement, voir /événement list
cmd-event-pause-description = Mets en pause les rappels d'un événement
cmd-event-pause-event-description = L'id de l'événement, voir /événement list
cmd-event-resume-description = Relance les rappels d'un événement
cmd-event-resume-event-description = L'id de l'événement, voir /événement list
event-type-bear-trap = Bear Trap
event-type-crazy-joe = Crazy Joe
event-type-foundry = Foundry Battle
event-type-canyon-clash = Canyon Clash
event-type-fortress = Fortress Battle
event-type-frostfire-mine = Frostfire Mine
event-type-castle-battle = Castle Battle
event-type-svs = SvS
event-type-mercenary-prestige = Mercenary Prestige
event-type-daily-reset = Reset quotidien
event-type-custom = Événement
repeat-once = une fois
repeat-daily = tous les jours
repeat-every-2-days = tous les 2 jours
repeat-weekly = toutes les semaines
repeat-every-2-weeks = toutes les 2 semaines
repeat-every-4-weeks = toutes les 4 semaines
repeat-monthly = tous les mois
event-bad-start = Je n'arrive pas à lire la date de début « { $start } ». Écris-le sous la forme AAAA-MM-JJ HH:MM, par exemple 2026-12-01 18:30.
event-bad-zone = « { $zone } » n'est pas un fuseau horaire que je connais. Choisis-en un dans la liste, par exemple Europe/Paris ou UTC.
event-past = Cette date de début est déjà passée et l'événement ne se répète pas. Choisis une date plus tardive.
event-bad-reminders = Je n'arrive pas à lire les rappels « { $reminders } ». Écris les minutes avant le début, séparées par des virgules, par exemple 30,10,0.
event-too-many-reminders = { $max } rappels au maximum par événement.
event-reminder-too-early = Un rappel peut arriver au plus tôt { $max } minutes avant le début (jamais avant l'occurrence précédente, et au maximum une semaine avant).
event-title-needed = Un événement personnalisé a besoin d'un titre.
event-bad-title = Le titre peut contenir au maximum { $max } caractères, sans mentions, liens ni mise en forme.
event-moderators-or-officers = Seuls les modérateurs gèrent les événements du serveur ; le R5 d'une alliance gère ceux de son alliance.
event-needs-rank = Seul le R5 de [{ $tag }] (ou un modérateur) peut créer ses événements.
event-channel-not-yours = Tu ne peux pas écrire dans { $channel }, donc ses rappels ne peuvent pas y être envoyés non plus. Choisis un salon où tu peux écrire.
event-role-not-mentionable = { $role } ne peut pas être mentionné par tout le monde ; seuls les membres autorisés à mentionner tous les rôles peuvent le faire pinger par les rappels.
event-created = Événement programmé : **{ $title }** (id `{ $id }`). À venir : { $next }.
event-none = Aucun événement n'est programmé sur ce serveur. Crées-en un avec /événement create.
event-list-header = **Événements à venir**
event-list-line = `{ $id }` **{ $title }** : { $next } ({ $repeat })
event-paused-tag = (en pause)
event-not-found = Aucun événement avec cet id sur ce serveur. /événement list affiche les id.
event-cancelled = Événement annulé : **{ $title }** (`{ $id }`) ; plus aucun rappel.
event-paused = **{ $title }** est en pause : aucun rappel jusqu'à /événement resume.
event-resumed = Les rappels de **{ $title }** reprennent.
reminder-starts = **{ $title }** commence { $when }.
reminder-now = **{ $title }** commence maintenant !
log-event-channel-lost = Je ne peux plus publier les rappels de **{ $title }** (`{ $id }`) dans { $channel } ({ $reason }), donc l'événement est en pause. Donne à DWOS l'accès au salon, puis lance /événement resume.
cmd-event-edit-description = Modifie un événement : seules les options que tu indiques changent
cmd-event-edit-event-description = L'id de l'événement, voir /événement list
cmd-event-edit-start-description = Nouvelle première date de début, AAAA-MM-JJ HH:MM
cmd-event-edit-timezone-description = Nouveau fuseau horaire du début
cmd-event-edit-repeat-description = Nouvelle fréquence
cmd-event-edit-reminders-description = Nouveaux rappels, en minutes avant le début, séparées par des virgules
cmd-event-edit-channel-description = Nouveau salon pour les rappels
cmd-event-edit-role-description = Nouveau rôle à mentionner
cmd-event-edit-title-description = Nouveau titre
cmd-event-edit-clear-description = Retire le rôle (plus de pings) ou le titre personnalisé
event-updated = Événement mis à jour : **{ $title }** (`{ $id }`). À venir : { $next }.
event-list-page = Page { $page } sur { $pages }
event-announcement = **{ $title }**, prochain rendez-vous : { $next } ({ $repeat }). Rappels { $reminders } minutes avant.
event-button-dm = Me rappeler en MP
event-button-going = Je participe ({ $count })
event-button-not-going = Je ne participe pas ({ $count })
event-dm-on = Tu recevras aussi les rappels de **{ $title }** en MP. Appuie de nouveau sur le bouton pour arrêter.
event-dm-off = Plus de MP pour **{ $title }**.

# /giftcode
cmd-giftcode-name = code-cadeau
cmd-giftcode-description = Codes cadeaux : ajout, liste, échange et échange automatique
cmd-giftcode-add-description = Ajoute un code cadeau et échange-le pour tous les membres qui ont accepté (modérateurs)
cmd-giftcode-add-code-description = Le code, tel que le jeu l'affiche
cmd-giftcode-list-description = Les codes cadeaux encore actifs sur ce serveur
cmd-giftcode-redeem-description = Échange tout de suite un code cadeau pour ton joueur lié
cmd-giftcode-redeem-code-description = Le code, tel que le jeu l'affiche
cmd-giftcode-auto-description = Laisse DWOS échanger chaque nouveau code cadeau pour toi, ou arrête
cmd-giftcode-auto-mode-description = Activé ou désactivé
giftcode-bad-code = Ça ne ressemble pas à un code cadeau : de 4 à 20 lettres et chiffres, sans espaces.
giftcode-no-tester = J'ai besoin d'un joueur sur qui tester d'abord le code : vérifie ton propre compte avec /vérifier, ou définis un joueur test avec /configurer test_player (et l'État principal).
giftcode-game-busy = Le jeu n'a pas répondu à l'échange test. Rien n'a été annoncé ; réessaie dans quelques minutes.
giftcode-test-inconclusive = L'échange test a répondu : { $outcome }. Ça ne dit rien sur le code, donc rien n'a été annoncé. Vérifie le joueur test dans /configurer.
giftcode-added = Le code cadeau **{ $code }** fonctionne (test : { $outcome }). Il est annoncé, et l'échange est en cours pour { $count ->
        [one] { $count } membre qui a accepté
        [many] { $count } membres qui ont accepté
       *[other] { $count } membres qui ont accepté
    }.
giftcode-again = Le code cadeau **{ $code }** a déjà été ajouté. Je l'échange pour { $count ->
        [one] { $count } membre qui a accepté
        [many] les { $count } membres qui ont accepté
       *[other] les { $count } membres qui ont accepté
    } ; ceux qui l'ont déjà reçu ne sont pas sollicités à nouveau.
giftcode-announcement = 🎁 Nouveau code cadeau : **{ $code }**. Appuie sur le bouton pour l'échanger pour ton joueur lié, ou active l'échange automatique avec /code-cadeau auto.
giftcode-redeem-button = Échanger pour moi
giftcode-list-empty = Aucun code cadeau actif sur ce serveur.
giftcode-list-title = **Codes cadeaux actifs**
giftcode-list-line = **{ $code }**, ajouté { $added } : { $done }/{ $total } membres traités
giftcode-auto-on = C'est fait : DWOS échangera les nouveaux codes cadeaux pour ton joueur lié. Pour cela, il envoie au jeu ton ID de joueur, ton État et le code, rien d'autre. Désactive-le quand tu veux avec /code-cadeau auto off.
giftcode-auto-off = C'est fait : DWOS n'échangera plus les codes cadeaux automatiquement pour toi. Tu peux toujours appuyer sur « Échanger pour moi ».
giftcode-consent = **Codes cadeaux :** veux-tu que DWOS échange automatiquement les nouveaux codes cadeaux pour toi ? Il envoie au jeu ton ID de joueur, ton État et le code, rien d'autre. Tu peux changer d'avis quand tu veux avec /code-cadeau auto.
giftcode-consent-yes = Oui, échange pour moi
giftcode-consent-no = Non merci
giftcode-dead-expired = Le code a expiré : plus aucun échange.
giftcode-dead-not-found = Le jeu ne connaît pas ce code : plus aucun échange.
giftcode-dead-usage-limit = Le code est épuisé : plus aucun échange.
giftcode-report-title = 🎁 **{ $code }** : { $done }/{ $total } membres
giftcode-report-redeemed = ✅ Échangés : { $count }
giftcode-report-already = ☑️ Déjà reçu : { $count }
giftcode-report-furnace = 🔥 Fournaise trop basse : { $count }
giftcode-report-wrong-state = 🗺️ Mauvais État : { $count }
giftcode-report-failed = ⚠️ Échecs : { $count }
giftcode-detail-button = Détails
giftcode-detail-title = **{ $code }**, membre par membre :
giftcode-detail-more = …et { $count } de plus.
giftcode-outcome-redeemed = échangé
giftcode-outcome-already-redeemed = déjà reçu
giftcode-outcome-same-type-redeemed = a déjà reçu un code de ce type
giftcode-outcome-expired = le code a expiré
giftcode-outcome-not-found = le jeu ne connaît pas ce code
giftcode-outcome-usage-limit = le code est épuisé
giftcode-outcome-furnace-too-low = niveau de Fournaise trop bas pour ce code
giftcode-outcome-spend-required = nécessite d'abord un achat
giftcode-outcome-vip-required = niveau VIP trop bas
giftcode-outcome-wrong-state = le joueur n'est pas dans l'État connu de DWOS
giftcode-outcome-no-such-player = le jeu n'a aucun joueur avec cet ID
giftcode-outcome-failed = le jeu n'a pas répondu ; réessaie plus tard
giftcode-verify-first = Vérifie d'abord ton compte de jeu avec /vérifier : DWOS échange les codes pour ton joueur lié.
giftcode-mine = Code cadeau **{ $code }** : { $outcome }.

# /moderators, /news
cmd-moderators-name = modérateurs
cmd-moderators-description = Qui modère DWOS ici, en plus des membres avec Gérer le serveur
cmd-moderators-add-description = Fais d'un rôle ou d'un membre un modérateur DWOS
cmd-moderators-add-role-description = Un rôle dont les membres modèrent
cmd-moderators-add-member-description = Un membre qui modère
cmd-moderators-remove-description = Retire un rôle ou un membre modérateur
cmd-moderators-remove-role-description = Le rôle
cmd-moderators-remove-member-description = Le membre
cmd-moderators-list-description = Liste les rôles et les membres modérateurs
cmd-news-name = annonce
cmd-news-description = Publie une annonce dans un salon, avec des traductions (modérateurs)
moderators-need-target = Indique un rôle, un membre, ou les deux.
moderators-too-many = Un serveur peut avoir au maximum { $max } rôles modérateurs et { $max } membres modérateurs.
moderators-list = **Modérateurs DWOS** (en plus de Gérer le serveur). Rôles : { $roles }. Membres : { $members }.
log-refused = { $user } a tenté une action réservée aux modérateurs : { $what }
news-modal-title = Annonce
news-language-label = Langue (en, it, es, de, fr, …)
news-language-placeholder = en
news-title-label = Titre
news-title-placeholder = Le Bear Trap passe à 20h00
news-body-label = Texte
news-body-placeholder = Ce que les membres doivent savoir
news-empty = Une annonce a besoin d'un titre et d'un texte.
news-bad-language = Utilise l'un de ces codes de langue : { $languages }.
news-gone = Cette annonce n'existe plus.
news-draft = Voici ton annonce. Choisis le salon où la publier, ou ajoute d'abord une traduction (traductions : { $languages }).
news-pick-channel = Publier dans…
news-add-translation = Ajouter une traduction
news-posted = Publiée dans { $channel }.
news-post-failed = Je n'ai pas pu publier dans { $channel }. Vérifie que DWOS peut y envoyer des messages.
news-translate-button = Traduire
moderators-bad-role = Ce rôle ne peut pas modérer : @everyone ferait de chaque membre un modérateur, et un rôle géré appartient à un bot ou à une intégration.
news-channel-forbidden = Tu ne peux pas envoyer de messages dans ce salon, donc DWOS n'y publiera pas pour toi.
giftcode-outcome-opted-out = plus lié ou accord retiré : ignoré
giftcode-too-many = Tu as échangé 10 codes au cours des 10 dernières minutes ; tous les serveurs partagent le rythme imposé par le jeu. Réessaie dans { $minutes } min.
giftcode-report-skipped = ⏭️ Ignorés (plus liés ou accord retiré) : { $count }
privacy-export-button = Exporter mes données
privacy-delete-button = Supprimer mes données
privacy-delete-confirm = **Supprimer tout ce que DWOS conserve sur toi, sur tous les serveurs ?** Tes comptes vérifiés, tes adhésions aux alliances, tes réponses aux événements, tes résultats de codes cadeaux, les annonces que tu as écrites et tes préférences disparaissent définitivement, et DWOS retire le rôle Vérifié et le pseudo qu'il a attribués, là où il le peut encore. Cette action est irréversible.
privacy-erase-button = Oui, tout supprimer
privacy-keep-button = Non, tout garder
privacy-kept = Rien n'a été supprimé.
privacy-export-ready = Voici tout ce que DWOS conserve sur toi, sur tous les serveurs, dans un fichier JSON.
privacy-erased = C'est fait : { $count ->
        [one] { $count } enregistrement te concernant a été supprimé
        [many] { $count } enregistrements te concernant ont été supprimés
       *[other] { $count } enregistrements te concernant ont été supprimés
    }. Tu peux te vérifier à nouveau à tout moment.
privacy-erasing = Suppression de tes données…

## Alliances
cmd-alliance-name = alliance
cmd-alliance-description = Ton alliance : rejoindre, quitter, rangs, liste des membres
cmd-alliance-create-description = Crée une alliance et dirige-la en tant que R5
cmd-alliance-create-name-description = Le nom complet de l'alliance
cmd-alliance-create-tag-description = Son tag tel que le jeu l'affiche : 3 ou 4 lettres ou chiffres
cmd-alliance-join-description = Demande à rejoindre l'une des alliances de ce serveur
cmd-alliance-leave-description = Quitte ton alliance
cmd-alliance-kick-description = Retire de ton alliance un membre de rang inférieur (R4 et R5)
cmd-alliance-kick-member-description = Le membre à retirer
cmd-alliance-rank-description = Donne un rang à un membre de ton alliance (R4 et R5)
cmd-alliance-rank-member-description = Le membre
cmd-alliance-rank-rank-description = Le nouveau rang (le R5 se transmet avec /alliance transfer)
cmd-alliance-transfer-description = Transmets la direction (R5) à un autre membre (R5 uniquement)
cmd-alliance-transfer-member-description = Le nouveau R5
cmd-alliance-dissolve-description = Dissous ton alliance (R5 uniquement)
cmd-alliance-info-description = Le chef, les rangs et la taille d'une alliance
cmd-alliance-info-tag-description = Le tag de l'alliance (la tienne si vide)
cmd-alliance-roster-description = Les membres d'une alliance, page par page
cmd-alliance-roster-sort-description = Trier par rang, niveau de Fournaise ou nom
cmd-alliance-roster-tag-description = Le tag de l'alliance (la tienne si vide)
alliance-bad-name = Un nom d'alliance fait de 1 à 32 caractères de texte simple (sans mentions, liens ni mise en forme).
alliance-form-title = Nouvelle alliance
alliance-form-tag = Tag comme en jeu (3-4 lettres ou chiffres)
alliance-form-name = Nom complet
alliance-verify-first = Vérifie d'abord ton compte de jeu (/vérifier) : les alliances sont réservées aux membres vérifiés.
alliance-leave-first = Tu es dans [{ $tag }]. Quitte-la d'abord avec /alliance leave.
alliance-tag-taken = Il existe déjà une alliance avec le tag [{ $tag }] sur ce serveur.
alliance-created = Alliance [{ $tag }] { $name } créée. Tu la diriges en tant que R5.
alliance-permissions = Certains rôles, salons ou pseudos n'ont pas pu être configurés : DWOS a besoin de Gérer les rôles, Gérer les salons et Gérer les pseudos, avec son rôle au-dessus des rôles d'alliance. Le salon de logs contient les détails.
alliance-none-yet = Ce serveur n'a pas encore d'alliance. Crées-en une avec /alliance create.
alliance-join-question = Quelle alliance veux-tu rejoindre ? Ses R4 et son R5 seront sollicités.
alliance-unknown = Il n'y a pas d'alliance [{ $tag }] sur ce serveur.
alliance-not-found = Aucune alliance trouvée : indique un tag, ou rejoins d'abord une alliance.
alliance-request = { $user } ({ $name }) demande à rejoindre [{ $tag }].
alliance-approve-button = Accepter
alliance-deny-button = Refuser
alliance-request-sent = Ta demande pour rejoindre [{ $tag }] a été envoyée à ses R4 et R5. Tu recevras un message quand ils auront répondu.
alliance-request-gone = Rien n'a changé : la demande de { $user } pour rejoindre [{ $tag }] a déjà reçu une réponse, ou ce membre est dans une autre alliance ou n'est plus vérifié.
alliance-denied = { $actor } a refusé la demande de { $user } pour rejoindre [{ $tag }].
alliance-approved = { $actor } a accepté { $user } comme membre de [{ $tag }].
alliance-welcome = Bienvenue dans [{ $tag }] ! Un officier a accepté ta demande.
alliance-left = Tu as quitté [{ $tag }].
alliance-not-in-one = Tu n'es dans aucune alliance sur ce serveur.
alliance-not-member = { $user } n'est pas membre de [{ $tag }].
alliance-changed-meanwhile = Entre-temps, quelqu'un d'autre a modifié le statut de { $user }. Vérifie à nouveau et réessaie.
alliance-kicked = { $user } n'est plus membre de [{ $tag }].
alliance-ranked = { $user } est maintenant { $rank } dans [{ $tag }].
alliance-transfer-confirm = Transmettre la direction de [{ $tag }] à { $user } ? Tu deviendras R4.
alliance-transfer-button = Transmettre le R5
alliance-cancel-button = Annuler
alliance-cancelled = Annulé : rien n'a changé.
alliance-transferred = { $user } dirige maintenant [{ $tag }] en tant que R5.
alliance-dissolve-confirm = Dissoudre [{ $tag }] ? Tous les membres la quittent et ses rôles sont supprimés. Ses salons peuvent rester (avec leur historique) ou être supprimés.
alliance-dissolve-keep = Dissoudre, garder les salons
alliance-dissolve-delete = Dissoudre et supprimer les salons
alliance-dissolved = L'alliance [{ $tag }] est dissoute.
alliance-info = **[{ $tag }] { $name }**
    R5 : { $leader }
    Membres : { $members } (R4 : { $r4 }, R3 : { $r3 }, R2 : { $r2 }, R1 : { $r1 })
    Depuis le { $created }
alliance-roster = **[{ $tag }]** : { $members ->
        [one] { $members } membre
        [many] { $members } membres
       *[other] { $members } membres
    } (page { $page } sur { $pages })
alliance-sort-rank = Par rang
alliance-sort-furnace = Par niveau de Fournaise
alliance-sort-name = Par nom
alliance-not-officer = Seuls les R4 et le R5 de l'alliance peuvent faire ça.
alliance-not-below = Tu ne peux gérer que les membres de rang inférieur au tien.
alliance-not-leader = Seul le R5 de l'alliance peut faire ça.
alliance-rank-too-high = Choisis de R1 à R4 (un R4 peut attribuer jusqu'à R3). Le R5 se transmet avec /alliance transfer.
alliance-on-themselves = Tu ne peux pas faire ça sur toi-même (pour partir, utilise /alliance leave).
alliance-rank-unchanged = { $user } a déjà ce rang.
log-alliance-permissions = Impossible de créer ou de supprimer les rôles et salons de [{ $tag }] : { $reason }
audit-created = { $actor } a créé [{ $tag }] et la dirige en tant que R5.
audit-joined = { $user } a rejoint [{ $tag }] en tant que { $rank } (accepté par { $actor }).
audit-left = { $user } a quitté [{ $tag }].
audit-kicked = { $actor } a retiré { $user } de [{ $tag }].
audit-ranked = { $actor } a nommé { $user } { $rank } dans [{ $tag }].
audit-transferred = { $actor } a transmis la direction de [{ $tag }] à { $user }.
audit-succeeded = { $user } dirige maintenant [{ $tag }] en tant que R5 : le R5 précédent est parti.
audit-dissolved = { $actor } a dissous [{ $tag }].

# /setup stats
cmd-setup-stats-description = Crée des salons vocaux verrouillés affichant membres, joueurs vérifiés et alliances
setup-stats-made = Salons de statistiques : { $channels } (renommés dans les 10 minutes quand un nombre change).
setup-stats-failed = Je n'ai pas pu créer les salons de statistiques : DWOS a besoin de la permission Gérer les salons.
stats-channel-members = Membres : { $count }
stats-channel-verified = Vérifiés : { $count }
stats-channel-alliances = Alliances : { $count }

# /language
cmd-language-name = langue
cmd-language-description = Choisis la langue dans laquelle DWOS te parle, sur tous les serveurs et en MP
cmd-language-language-description = Ta langue (« Discord » suit de nouveau ton application Discord)
language-set = Désormais, je te répondrai en français, sur tous les serveurs et en MP.
language-automatic = Désormais, je suis de nouveau la langue de ton application Discord.

# /dashboard
cmd-dashboard-name = tableau-de-bord
cmd-dashboard-description = Ta page perso : vérification, alliance, langue et ce que DWOS fait pour toi
dashboard-title = **Ton tableau de bord DWOS**
dashboard-verified = Vérifié : joueur { $id }, **{ $name }**, État { $state } (nom tel que tu l'as déclaré)
dashboard-not-verified = Pas encore vérifié sur ce serveur : utilise /vérifier.
dashboard-furnace = Fournaise : { $furnace }
dashboard-alliance = Alliance : { $alliance }
dashboard-not-set = aucune
dashboard-language = Langue : { $language }
dashboard-language-discord = celle de ton application Discord
dashboard-reminder-dms = Rappels d'événements en MP sur ce serveur : { $on }
dashboard-auto-redeem = Codes cadeaux échangés automatiquement pour toi : { $on }
dashboard-on = activé
dashboard-off = désactivé
dashboard-hint = Change de langue avec /langue, et gère tes données avec /confidentialité.
dashboard-dm-on-button = Recevoir les rappels en MP
dashboard-dm-off-button = Plus de rappels en MP
dashboard-redeem-on-button = Échanger les codes pour moi
dashboard-redeem-off-button = Ne plus échanger pour moi

# /registration-help
cmd-registration-help-name = aide-inscription
cmd-registration-help-description = Comment te vérifier : où trouver ton ID de joueur et ton État dans le jeu
registration-help-text = **Comment te vérifier avec DWOS**
    1. Dans WhiteOut Survival, touche ton avatar (en haut à gauche). Ton **ID de joueur** est le numéro sous ton nom ; touche-le pour le copier.
    2. Ton **État** est le numéro après **#** affiché sur ton profil et sur la carte du monde (ex. #245).
    3. Ici, utilise /vérifier (ou le bouton Vérifier dans le salon de bienvenue) et saisis l'ID, l'État et ton nom en jeu.
    DWOS demande au jeu si cet ID est bien dans cet État ; ton nom et ton niveau de Fournaise sont pris tels que tu les déclares.

# /ticket and /close-ticket
cmd-ticket-name = ticket
cmd-ticket-description = Ouvre une conversation privée avec les modérateurs
cmd-ticket-subject-description = De quoi il s'agit, en quelques mots
cmd-close-ticket-name = fermer-ticket
cmd-close-ticket-description = Ferme ton ticket (ou, dans le fil d'un ticket, ce ticket)
ticket-bad-subject = Indique un sujet de 1 à 100 caractères de texte simple.
ticket-already-open = Tu as déjà un ticket ouvert : { $ticket }. Ferme-le avec /fermer-ticket avant d'en ouvrir un autre.
ticket-cannot-open = Je n'ai pas pu ouvrir de fil privé ici. Essaie dans un autre salon, ou demande à un modérateur de donner à DWOS la permission Créer des fils privés.
ticket-opening = Ticket de { $user } : **{ $subject }**
    Écris ici ; les modérateurs voient ce fil. Appuie sur Fermer quand c'est réglé.
ticket-close-button = Fermer
ticket-opened = Ton ticket est ouvert : { $thread }
ticket-none = Tu n'as aucun ticket ouvert.
ticket-closed = Le ticket est fermé ; un résumé a été envoyé dans le salon de logs.
log-ticket-opened = { $user } a ouvert un ticket : **{ $subject }** ({ $thread }).
log-ticket-closed = Ticket fermé : **{ $subject }** de { $user }, ouvert le { $opened }, fermé le { $closed } par { $by }, { $messages ->
        [one] { $messages } message
        [many] { $messages } messages
       *[other] { $messages } messages
    }.

# /rules
cmd-rules-name = règles
cmd-rules-description = Les règles du serveur : les afficher et, pour les modérateurs, les écrire, publier et programmer
cmd-rules-show-description = Affiche les règles du serveur
cmd-rules-set-description = Écris les règles (un formulaire) ; en option, un rôle donné à ceux qui les acceptent
cmd-rules-set-role-description = Rôle donné avec « J'accepte » (sans aucune permission de modération)
cmd-rules-post-description = Publie les règles avec un bouton « J'accepte »
cmd-rules-post-channel-description = Le salon où les publier
cmd-rules-automation-description = Republie les règles à intervalle de quelques jours (0 pour arrêter)
cmd-rules-automation-every-days-description = Jours entre deux publications, de 1 à 365 (0 : plus jamais)
cmd-rules-log-description = Qui a accepté les règles, les plus récents d'abord
rules-form-title = Les règles du serveur
rules-form-label = Règles
rules-form-placeholder = Une règle par ligne ; le Markdown fonctionne.
rules-bad-text = Les règles doivent faire de 1 à 1 900 caractères.
rules-saved = Règles enregistrées. Publie-les avec /règles post.
rules-changed-meanwhile = Un autre modérateur a modifié les règles pendant que tu écrivais ; rien n'a été enregistré. Rouvre /règles set pour repartir de sa version.
rules-none = Ce serveur n'a pas encore de règles. Un modérateur les écrit avec /règles set.
rules-role-elevated = { $role } donne des permissions de modération ou est géré par une intégration : il ne peut pas être donné à tous ceux qui acceptent.
rules-cannot-post = Je ne peux pas publier dans ce salon : vérifie que DWOS et toi pouvez y envoyer des messages.
rules-posted = Les règles sont publiées dans { $channel }.
rules-bad-days = Indique un nombre de jours de 0 à 365.
rules-post-first = Publie d'abord les règles une fois avec /règles post ; l'automatisation les republie ensuite dans ce salon.
rules-automation-on = Les règles seront republiées { $days ->
        [one] chaque jour
        [many] tous les { $days } jours
       *[other] tous les { $days } jours
    }.
rules-automation-off = Les règles ne seront plus republiées automatiquement.
rules-log-empty = Personne n'a encore accepté les règles.
rules-log-header = **{ $count ->
        [one] { $count } membre a accepté
        [many] { $count } membres ont accepté
       *[other] { $count } membres ont accepté
    } les règles** (les plus récents d'abord) :
rules-accept-button = J'accepte
rules-accepted = Merci : ton acceptation des règles est enregistrée.
rules-accepted-before = Tu avais déjà accepté les règles ; rien n'a changé.
log-rules-role-elevated = Le rôle des règles, { $role }, donne maintenant des permissions de modération : DWOS ne le donne plus. Choisis-en un autre avec /règles set.
