# Command names and descriptions, sent to Discord by `dwos register-commands`.
cmd-help-name = aiuto
cmd-help-description = Scopri cosa può fare DWOS per te
cmd-stats-name = statistiche
cmd-stats-description = Mostra le statistiche dei membri di questo server

# /help
help-header = **DWOS — il tuo assistente di alleanza per WhiteOut Survival**
help-moderators = Per i moderatori:

# Replies to things DWOS does not handle.
unknown-interaction = Questo non lo conosco ancora. Prova `/help` per vedere cosa posso fare.
guild-only = Questo comando funziona solo all'interno di un server.
try-again-later = Qualcosa è andato storto da parte mia. Riprova tra un minuto.

# /stats
stats-summary = **{ $guild }**
    Membri: { $members }
    Online ora: { $online }
    Giocatori verificati: { $verified }
stats-unavailable = Non riesco a leggere le statistiche di questo server. Assicurati che DWOS sia membro del server.

# /verify and /reverify
cmd-verify-name = verifica
cmd-verify-description = Collega il tuo account di WhiteOut Survival a questo server
cmd-reverify-name = riverifica
cmd-reverify-description = Ricontrolla con il gioco il tuo account collegato (stato, ruolo, nickname)
verify-modal-title = Verifica il tuo account di gioco
verify-modal-label = Il tuo ID giocatore di WhiteOut Survival
verify-modal-placeholder = Il numero nel tuo profilo di gioco, es. 12345678
verify-state-label = Il numero del tuo stato
verify-state-placeholder = Il # del tuo stato, es. 245 (vuoto: lo stato del server)
verify-name-label = Il tuo nome nel gioco
verify-name-placeholder = Come appare nel gioco; diventa il tuo nickname qui
verify-bad-id = Questo non sembra un ID giocatore. È il numero mostrato nel tuo profilo di gioco.
verify-bad-state = Questo non sembra un numero di stato. È il numero dopo # del tuo stato, da 1 a 9999.
verify-bad-name = Inserisci il tuo nome nel gioco: da 1 a 24 caratteri, senza @ # < > ` * _ ~ |.
verify-need-state = Inserisci il numero del tuo stato: questo server non ha uno stato di riferimento impostato.
verify-start-again = Questo modulo è di una versione precedente di DWOS. Usa di nuovo /verify.
verify-unknown-player = Nel gioco non esiste un giocatore con ID { $id }. Controlla il numero nel tuo profilo di gioco.
verify-wrong-state = Il gioco dice che il giocatore { $id } non è nello stato { $state }. Controlla il numero del tuo stato e riprova.
verify-try-again = Riprova
verify-moved-unknown = Il gioco dice che il giocatore { $id } non è più nello stato { $state } e non ho trovato quello nuovo nei dintorni. Usa /verify con il numero del tuo nuovo stato.
verify-too-many = Hai provato 5 volte negli ultimi 30 minuti. Attendi { $minutes ->
        [one] un minuto
        [many] { $minutes } minuti
       *[other] { $minutes } minuti
    } e riprova.
verify-taken = L'ID giocatore { $id } è già collegato a un altro membro di questo server. Se è tuo, chiedi a un moderatore di scollegarlo.
furnace-level = Livello { $level }
furnace-not-declared = non dichiarato
furnace-question = Qual è il livello della tua fornace? (facoltativo)
furnace-placeholder = Scegli il livello della fornace
furnace-skip = Salta
furnace-noted = Livello della fornace { $furnace } registrato (come l'hai dichiarato).
verify-done = Verificato: il gioco ha confermato il giocatore { $id } nello stato { $state }. Il tuo nickname qui è **{ $nickname }** (come l'hai dichiarato).
verify-stored = DWOS salva il tuo ID Discord con questo ID giocatore, lo stato, il nome e il livello della fornace per questo server, e controlla ID e stato con il gioco circa una volta a settimana. /privacy ti dice di più.
verify-refreshed = Controllato: il giocatore { $id } è nello stato { $state }. Il tuo nome è **{ $nickname }**, fornace { $furnace } (come li hai dichiarati).
verify-not-linked = Non hai ancora verificato il tuo account di gioco qui. Usa prima /verify.
verify-permissions = Sei verificato, ma non sono riuscito a darti il ruolo Verificato o a impostare il tuo nickname. Un moderatore deve dare a DWOS i permessi Gestire i ruoli e Gestire i nickname e spostare il suo ruolo sopra il ruolo Verificato.
verify-game-down = I server del gioco non rispondono in questo momento. Questo tentativo non conta; continuerò a provare per qualche minuto e, se questo messaggio non cambia, riprova /verify più tardi.
verify-role-name = Verificato
log-verified = { $user } si è verificato come { $nickname } (ID { $id }, stato { $state }; nome dichiarato).
log-permissions = Impossibile dare a { $user } il ruolo Verificato o il nickname: { $reason }

# /setup and /unlink (moderators)
cmd-setup-name = configura
cmd-setup-description = Configura la verifica: ruolo Verificato, canale di log, lingua, e pubblica il pannello
cmd-setup-role-description = Ruolo dato ai membri verificati (predefinito: un ruolo chiamato Verificato)
cmd-setup-log-channel-description = Canale in cui DWOS registra verifiche e modifiche
cmd-setup-language-description = La lingua predefinita di DWOS per il server
cmd-setup-home-state-description = Il numero dello stato a cui è dedicato il server (precompilato in /verifica)
cmd-setup-giftcode-channel-description = Canale in cui vengono annunciati i nuovi codici regalo e il loro riscatto
cmd-setup-test-player-description = ID del giocatore su cui provare i nuovi codici regalo, se il moderatore non ne ha uno
cmd-unlink-name = scollega
cmd-unlink-description = Scollega l'account di gioco di un membro, così l'ID può essere verificato di nuovo
cmd-unlink-member-description = Il membro da scollegare
moderator-only = Solo i moderatori di DWOS possono farlo: i membri con Gestisci server, o i ruoli e i membri indicati con /moderatori.
setup-saved = Configurazione salvata. Ruolo verificato: { $role }. Canale di log: { $channel }. Lingua: { $language }. Stato di riferimento: { $state }. Codici regalo: { $giftcodes }. Giocatore di prova: { $tester }.
setup-not-set = non impostato
setup-panel-failed = Configurazione salvata, ma non sono riuscito a pubblicare il pannello di verifica in questo canale. Controlla che DWOS possa inviare messaggi qui.
panel-text = **Benvenuto!** Verifica il tuo account di WhiteOut Survival per accedere a questo server: premi il pulsante e inserisci ID giocatore, stato e nome nel gioco. Il gioco conferma ID e stato; DWOS li salva con il tuo ID Discord per questo server (/privacy).
panel-button = Verifica
unlink-done = { $user } è stato scollegato dal giocatore { $nickname } (ID { $id }). L'ID può ora essere verificato di nuovo.
unlink-none = { $user } non ha un account di gioco collegato su questo server.
log-unlinked = { $moderator } ha scollegato { $user } dal giocatore { $nickname } (ID { $id }).

# Weekly check
log-transferred = { $user } ({ $nickname }, ID { $id }) si è trasferito dallo stato { $old } allo stato #{ $state }.
log-transfer-unknown = { $user } ({ $nickname }, ID { $id }) non è più nello stato { $old } e non ho trovato il nuovo stato nei dintorni. Può usare /riverifica o /verifica.
log-account-gone = { $user } ({ $nickname }, ID { $id }): il gioco non conosce questo giocatore da tre controlli di fila. L'account sembra cancellato; non è stato rimosso nulla, un moderatore può scollegarlo con /scollega.

# Alliance choice after verification
alliance-question = In quale alleanza sei?
alliance-placeholder = Scegli la tua alleanza
alliance-none = Nessuna alleanza
alliance-other-state = Sono di un altro stato
alliance-new-button = La mia alleanza non è in elenco
alliance-bad-tag = La sigla di un'alleanza è composta da 3 o 4 lettere o cifre.
alliance-done = Fatto: sei { $rank } in [{ $tag }].
alliance-none-done = Fatto: nessuna alleanza.
alliance-other-done = Fatto: sei registrato come giocatore di un altro stato.

# /privacy
cmd-privacy-name = privacy
cmd-privacy-description = Cosa salva DWOS su di te e come farlo rimuovere
privacy-notice = **Cosa salva DWOS su di te**
    • Quando ti verifichi: il tuo ID Discord, il tuo ID giocatore e lo stato (il gioco li conferma quando ti verifichi e poi circa una volta a settimana), il nome nel gioco e il livello della fornace che dichiari, la tua alleanza e il tuo grado, e quando hai dato il consenso.
    • Le tue scelte: la tua lingua, i codici regalo riscattati per te, i promemoria in privato, le tue risposte agli eventi, le regole che hai accettato e l'oggetto di un ticket aperto.
    • Il giorno in cui hai usato DWOS l'ultima volta e i tuoi tentativi di verifica degli ultimi 30 minuti, per prevenire abusi.
    • Nient'altro: nessun messaggio, nessun indirizzo IP.
    → **Perché:** per darti i ruoli e il nickname giusti su questo server e mostrare le informazioni sull'alleanza ai suoi membri.
    → **I tuoi diritti:** i pulsanti qui sotto esportano tutto in un file oppure lo cancellano (insieme ai ruoli e al nickname dati da DWOS). Se non usi DWOS per 180 giorni, tutto viene cancellato automaticamente.

# Rifiuti di /setup: il ruolo Verificato va a chiunque si verifichi, quindi deve essere innocuo.
setup-needs-manage-roles = Ti serve il permesso Gestire i ruoli per scegliere il ruolo che DWOS dà ai membri verificati.
setup-role-everyone = @everyone non può essere il ruolo Verificato: ogni membro ce l'ha già.
setup-role-managed = { $role } è gestito da un'integrazione o da un bot, quindi DWOS non può darlo ai membri.
setup-role-elevated = { $role } ha permessi da moderatore (come Amministratore, Gestire il server, Gestire i ruoli, Bannare o Espellere). Chiunque si verifichi li otterrebbe, quindi DWOS lo rifiuta. Scegli un ruolo senza quei permessi.
setup-role-above-bot = { $role } è sopra il ruolo più alto di DWOS, quindi DWOS non può darlo. Sposta il ruolo di DWOS sopra di esso in Impostazioni server → Ruoli, poi esegui di nuovo /setup.
log-unsafe-role = Non ho dato a { $user } il ruolo { $role }: ha permessi da moderatore o è gestito. Esegui /setup con un ruolo innocuo.
setup-role-above-you = { $role } è sopra il tuo ruolo più alto, quindi non puoi assegnarlo. Chiedi a un amministratore o scegli un ruolo più basso.
setup-bot-needs-manage-roles = DWOS ha bisogno del permesso Gestire i ruoli per dare il ruolo Verificato. Concedilo al ruolo di DWOS, poi esegui di nuovo /setup.

# /event
cmd-event-name = evento
cmd-event-description = Eventi di gioco e i loro promemoria
cmd-event-create-description = Crea un evento con promemoria prima dell'inizio
cmd-event-create-type-description = Quale evento di gioco
cmd-event-create-start-description = Primo inizio, AAAA-MM-GG HH:MM (nel fuso orario sotto)
cmd-event-create-timezone-description = Fuso orario dell'inizio (predefinito UTC, l'orologio del gioco)
cmd-event-create-repeat-description = Ogni quanto si ripete (predefinito: il solito per questo evento)
cmd-event-create-reminders-description = Minuti prima dell'inizio, separati da virgole (predefinito 10,5,0)
cmd-event-create-channel-description = Dove vanno i promemoria (predefinito: questo canale)
cmd-event-create-role-description = Un ruolo da menzionare nei promemoria
cmd-event-create-title-description = Titolo (obbligatorio per un evento personalizzato)
cmd-event-create-alliance-description = La sigla dell'alleanza, per un evento dell'alleanza (il suo R5)
cmd-event-list-description = I prossimi eventi di questo server
cmd-event-cancel-description = Annulla un evento
cmd-event-cancel-event-description = L'id dell'evento, da /evento list
cmd-event-pause-description = Sospendi i promemoria di un evento
cmd-event-pause-event-description = L'id dell'evento, da /evento list
cmd-event-resume-description = Riprendi i promemoria di un evento
cmd-event-resume-event-description = L'id dell'evento, da /evento list
event-type-bear-trap = Trappola per orsi
event-type-crazy-joe = Crazy Joe
event-type-foundry = Battaglia della Fonderia
event-type-canyon-clash = Scontro nel Canyon
event-type-fortress = Battaglia della Fortezza
event-type-frostfire-mine = Miniera di Fuocogelo
event-type-castle-battle = Battaglia del Castello
event-type-svs = SvS
event-type-mercenary-prestige = Prestigio dei Mercenari
event-type-daily-reset = Reset giornaliero
event-type-custom = Evento
repeat-once = una volta
repeat-daily = ogni giorno
repeat-every-2-days = ogni 2 giorni
repeat-weekly = ogni settimana
repeat-every-2-weeks = ogni 2 settimane
repeat-every-4-weeks = ogni 4 settimane
repeat-monthly = ogni mese
event-bad-start = Non riesco a leggere l'inizio "{ $start }". Scrivilo come AAAA-MM-GG HH:MM, per esempio 2026-12-01 18:30.
event-bad-zone = "{ $zone }" non è un fuso orario che conosco. Scegline uno dall'elenco, per esempio Europe/Rome o UTC.
event-past = Quell'inizio è nel passato e l'evento non si ripete. Scegli un inizio successivo.
event-bad-reminders = Non riesco a leggere i promemoria "{ $reminders }". Scrivi i minuti prima dell'inizio separati da virgole, per esempio 30,10,0.
event-too-many-reminders = Al massimo { $max } promemoria per evento.
event-reminder-too-early = Un promemoria può essere al massimo { $max } minuti prima dell'inizio (non prima dell'occorrenza precedente, e al massimo una settimana).
event-title-needed = Un evento personalizzato ha bisogno di un titolo.
event-bad-title = Il titolo può avere al massimo { $max } caratteri, senza menzioni, link o formattazione.
event-moderators-or-officers = Solo i moderatori gestiscono gli eventi del server; l'R5 di un'alleanza gestisce quelli della sua.
event-needs-rank = Solo l'R5 di [{ $tag }] (o un moderatore) può crearne gli eventi.
event-channel-not-yours = Non puoi scrivere in { $channel }, quindi nemmeno i suoi promemoria possono andarci. Scegli un canale in cui puoi scrivere.
event-role-not-mentionable = { $role } non può essere menzionato da tutti; solo chi può menzionare qualsiasi ruolo può farlo citare dai promemoria.
event-created = **{ $title }** è in programma (id `{ $id }`). Prossimi: { $next }.
event-none = Nessun evento in programma su questo server. Creane uno con /evento create.
event-list-header = **Prossimi eventi**
event-list-line = `{ $id }` **{ $title }**: { $next } ({ $repeat })
event-paused-tag = (sospeso)
event-not-found = Non c'è un evento con quell'id su questo server. /evento list mostra gli id.
event-cancelled = **{ $title }** (`{ $id }`) è annullato; nessun altro promemoria.
event-paused = **{ $title }** è sospeso: nessun promemoria fino a /evento resume.
event-resumed = **{ $title }** è di nuovo attivo.
reminder-starts = **{ $title }** inizia { $when }.
reminder-now = **{ $title }** sta iniziando ora!
log-event-channel-lost = Non posso più pubblicare i promemoria di **{ $title }** (`{ $id }`) in { $channel } ({ $reason }), quindi l'evento è sospeso. Dai a DWOS l'accesso al canale, poi /evento resume.
cmd-event-edit-description = Modifica un evento: cambiano solo le opzioni che indichi
cmd-event-edit-event-description = L'id dell'evento, da /evento list
cmd-event-edit-start-description = Nuovo primo inizio, AAAA-MM-GG HH:MM
cmd-event-edit-timezone-description = Nuovo fuso orario dell'inizio
cmd-event-edit-repeat-description = Nuova ripetizione
cmd-event-edit-reminders-description = Nuovi promemoria, minuti prima dell'inizio, separati da virgole
cmd-event-edit-channel-description = Nuovo canale per i promemoria
cmd-event-edit-role-description = Nuovo ruolo da menzionare
cmd-event-edit-title-description = Nuovo titolo
cmd-event-edit-clear-description = Togli il ruolo (niente più menzioni) o il titolo personalizzato
event-updated = **{ $title }** (`{ $id }`) è aggiornato. Prossimi: { $next }.
event-list-page = Pagina { $page } di { $pages }
event-announcement = **{ $title }**: prossimo { $next } ({ $repeat }). Promemoria { $reminders } minuti prima.
event-button-dm = Avvisami in privato
event-button-going = Ci sono ({ $count })
event-button-not-going = Non ci sono ({ $count })
event-dm-on = Riceverai anche in privato i promemoria di **{ $title }**. Premi di nuovo il pulsante per smettere.
event-dm-off = Niente più messaggi privati per **{ $title }**.

# /giftcode
cmd-giftcode-name = codiceregalo
cmd-giftcode-description = Codici regalo: aggiungi, elenca, riscatta e riscatto automatico
cmd-giftcode-add-description = Aggiungi un codice regalo e riscattalo per ogni membro che ha aderito (moderatori)
cmd-giftcode-add-code-description = Il codice, come lo mostra il gioco
cmd-giftcode-list-description = I codici regalo ancora attivi in questo server
cmd-giftcode-redeem-description = Riscatta subito un codice regalo per il tuo giocatore collegato
cmd-giftcode-redeem-code-description = Il codice, come lo mostra il gioco
cmd-giftcode-auto-description = Fai riscattare a DWOS ogni nuovo codice regalo per te, o smetti
cmd-giftcode-auto-mode-description = Attivo o disattivo
giftcode-bad-code = Non sembra un codice regalo: da 4 a 20 lettere e cifre, senza spazi.
giftcode-no-tester = Mi serve un giocatore per provare prima il codice: verifica il tuo account con /verifica, oppure imposta un giocatore di prova con /configura test_player (e lo stato di riferimento).
giftcode-game-busy = Il gioco non ha risposto al riscatto di prova. Non è stato annunciato nulla; riprova tra qualche minuto.
giftcode-test-inconclusive = Il riscatto di prova ha risposto: { $outcome }. Non dice nulla sul codice, quindi non è stato annunciato nulla. Controlla il giocatore di prova in /configura.
giftcode-added = Il codice regalo **{ $code }** funziona (prova: { $outcome }). Annunciato, e in riscatto per { $count ->
        [one] l'unico membro che ha aderito
        [many] { $count } membri che hanno aderito
       *[other] { $count } membri che hanno aderito
    }.
giftcode-again = Il codice regalo **{ $code }** era già stato aggiunto. Lo riscatto per { $count ->
        [one] l'unico membro che ha aderito
        [many] i { $count } membri che hanno aderito
       *[other] i { $count } membri che hanno aderito
    }; chi lo ha già non viene richiesto di nuovo.
giftcode-announcement = 🎁 Nuovo codice regalo: **{ $code }**. Premi il pulsante per riscattarlo per il tuo giocatore collegato, o attiva il riscatto automatico con /codiceregalo auto.
giftcode-redeem-button = Riscatta per me
giftcode-list-empty = Nessun codice regalo attivo in questo server.
giftcode-list-title = **Codici regalo attivi**
giftcode-list-line = **{ $code }**, aggiunto { $added }: { $done }/{ $total } membri completati
giftcode-auto-on = Fatto: DWOS riscatterà i nuovi codici regalo per il tuo giocatore collegato. Per farlo invia al gioco il tuo ID giocatore, il tuo stato e il codice, nient'altro. Puoi disattivarlo quando vuoi con /codiceregalo auto off.
giftcode-auto-off = Fatto: DWOS non riscatterà più i codici regalo per te automaticamente. Puoi sempre premere "Riscatta per me".
giftcode-consent = **Codici regalo:** vuoi che DWOS riscatti automaticamente i nuovi codici regalo per te? Invia al gioco il tuo ID giocatore, il tuo stato e il codice, nient'altro. Puoi cambiare idea quando vuoi con /codiceregalo auto.
giftcode-consent-yes = Sì, riscatta per me
giftcode-consent-no = No, grazie
giftcode-dead-expired = Il codice è scaduto: non viene riscattato altro.
giftcode-dead-not-found = Il gioco non conosce questo codice: non viene riscattato altro.
giftcode-dead-usage-limit = Il codice è esaurito: non viene riscattato altro.
giftcode-report-title = 🎁 **{ $code }**: { $done }/{ $total } membri
giftcode-report-redeemed = ✅ Riscattato: { $count }
giftcode-report-already = ☑️ Lo avevano già: { $count }
giftcode-report-furnace = 🔥 Fornace troppo bassa: { $count }
giftcode-report-wrong-state = 🗺️ Stato sbagliato: { $count }
giftcode-report-failed = ⚠️ Non riuscito: { $count }
giftcode-detail-button = Dettagli
giftcode-detail-title = **{ $code }**, membro per membro:
giftcode-detail-more = …e altri { $count }.
giftcode-outcome-redeemed = riscattato
giftcode-outcome-already-redeemed = lo aveva già
giftcode-outcome-same-type-redeemed = aveva già un codice di questo tipo
giftcode-outcome-expired = il codice è scaduto
giftcode-outcome-not-found = il gioco non conosce questo codice
giftcode-outcome-usage-limit = il codice è esaurito
giftcode-outcome-furnace-too-low = livello della fornace troppo basso per questo codice
giftcode-outcome-spend-required = serve prima un acquisto
giftcode-outcome-vip-required = livello VIP troppo basso
giftcode-outcome-wrong-state = il giocatore non è nello stato che DWOS conosce
giftcode-outcome-no-such-player = il gioco non ha nessun giocatore con questo ID
giftcode-outcome-failed = il gioco non ha risposto; riprova più tardi
giftcode-verify-first = Prima verifica il tuo account di gioco con /verifica: DWOS riscatta i codici per il tuo giocatore collegato.
giftcode-mine = Codice regalo **{ $code }**: { $outcome }.

# /moderators, /news
cmd-moderators-name = moderatori
cmd-moderators-description = Chi modera DWOS qui, oltre ai membri con Gestisci server
cmd-moderators-add-description = Rendi un ruolo o un membro moderatore di DWOS
cmd-moderators-add-role-description = Un ruolo i cui membri moderano
cmd-moderators-add-member-description = Un membro che modera
cmd-moderators-remove-description = Togli un ruolo o un membro moderatore
cmd-moderators-remove-role-description = Il ruolo
cmd-moderators-remove-member-description = Il membro
cmd-moderators-list-description = Elenca i ruoli e i membri moderatori
cmd-news-name = notizie
cmd-news-description = Pubblica una notizia in un canale, con traduzioni (moderatori)
moderators-need-target = Indica un ruolo, un membro, o entrambi.
moderators-too-many = Un server può avere al massimo { $max } ruoli moderatori e { $max } membri moderatori.
moderators-list = **Moderatori DWOS** (oltre a Gestisci server). Ruoli: { $roles }. Membri: { $members }.
log-refused = { $user } ha tentato un'azione riservata ai moderatori: { $what }
news-modal-title = Notizia
news-language-label = Lingua (en, it, es, de, fr, …)
news-language-placeholder = en
news-title-label = Titolo
news-title-placeholder = La Trappola dell'Orso passa alle 20:00
news-body-label = Testo
news-body-placeholder = Cosa devono sapere i membri
news-empty = Una notizia ha bisogno di un titolo e di un testo.
news-bad-language = Usa uno di questi codici di lingua: { $languages }.
news-gone = Questa notizia non c'è più.
news-draft = Ecco la tua notizia. Scegli il canale in cui pubblicarla, o aggiungi prima una traduzione (traduzioni: { $languages }).
news-pick-channel = Pubblica in…
news-add-translation = Aggiungi una traduzione
news-posted = Pubblicata in { $channel }.
news-post-failed = Non sono riuscito a pubblicare in { $channel }. Controlla che DWOS possa inviare messaggi lì.
news-translate-button = Traduci
moderators-bad-role = Quel ruolo non può moderare: @everyone renderebbe moderatori tutti i membri, e un ruolo gestito appartiene a un bot o a un'integrazione.
news-channel-forbidden = Non puoi inviare messaggi in quel canale, quindi DWOS non ci pubblicherà per te.
giftcode-outcome-opted-out = non più collegato o aderente: saltato
giftcode-too-many = Hai riscattato 10 codici negli ultimi 10 minuti; tutti i server condividono il ritmo del gioco. Riprova tra { $minutes } min.
giftcode-report-skipped = ⏭️ Saltati (non più collegati o aderenti): { $count }
privacy-export-button = Esporta i miei dati
privacy-delete-button = Cancella i miei dati
privacy-delete-confirm = **Cancellare tutto ciò che DWOS conserva su di te, in ogni server?** I tuoi account verificati, le iscrizioni alle alleanze, le risposte agli eventi, i risultati dei codici regalo, le notizie che hai scritto e le preferenze spariscono per sempre, e DWOS toglie il ruolo Verificato e il nickname che ha dato dove ancora può. Non si può annullare.
privacy-erase-button = Sì, cancella tutto
privacy-keep-button = No, tienili
privacy-kept = Non è stato cancellato nulla.
privacy-export-ready = Ecco tutto ciò che DWOS conserva su di te, in ogni server, in un file JSON.
privacy-erased = Fatto: { $count ->
        [one] un record su di te è stato cancellato
        [many] { $count } record su di te sono stati cancellati
       *[other] { $count } record su di te sono stati cancellati
    }. Puoi verificarti di nuovo quando vuoi.
privacy-erasing = Cancellazione dei tuoi dati…

## Alleanze
cmd-alliance-name = alleanza
cmd-alliance-description = La tua alleanza: entrare, uscire, gradi, elenco membri
cmd-alliance-create-description = Crea un'alleanza e guidala come R5
cmd-alliance-create-name-description = Il nome completo dell'alleanza
cmd-alliance-create-tag-description = La sigla come nel gioco: 3 o 4 lettere o cifre
cmd-alliance-join-description = Chiedi di entrare in un'alleanza di questo server
cmd-alliance-leave-description = Esci dalla tua alleanza
cmd-alliance-kick-description = Rimuovi dalla tua alleanza un membro di grado inferiore (R4 e R5)
cmd-alliance-kick-member-description = Il membro da rimuovere
cmd-alliance-rank-description = Assegna un grado a un membro della tua alleanza (R4 e R5)
cmd-alliance-rank-member-description = Il membro
cmd-alliance-rank-rank-description = Il nuovo grado (l'R5 si cede con /alleanza transfer)
cmd-alliance-transfer-description = Cedi la guida (R5) a un altro membro (solo R5)
cmd-alliance-transfer-member-description = Il nuovo R5
cmd-alliance-dissolve-description = Sciogli la tua alleanza (solo R5)
cmd-alliance-info-description = Capo, gradi e dimensione di un'alleanza
cmd-alliance-info-tag-description = La sigla dell'alleanza (la tua se vuoto)
cmd-alliance-roster-description = I membri di un'alleanza, pagina per pagina
cmd-alliance-roster-sort-description = Ordina per grado, livello della fornace o nome
cmd-alliance-roster-tag-description = La sigla dell'alleanza (la tua se vuoto)
alliance-bad-name = Il nome di un'alleanza è da 1 a 32 caratteri di testo semplice (niente menzioni, link o formattazione).
alliance-form-title = Nuova alleanza
alliance-form-tag = Sigla come nel gioco (3-4 lettere o cifre)
alliance-form-name = Nome completo
alliance-verify-first = Prima verifica il tuo account di gioco (/verifica): le alleanze sono per i membri verificati.
alliance-leave-first = Sei in [{ $tag }]. Prima esci con /alleanza leave.
alliance-tag-taken = Su questo server c'è già un'alleanza con la sigla [{ $tag }].
alliance-created = Creata [{ $tag }] { $name }. La guidi come R5.
alliance-permissions = Non è stato possibile impostare alcuni ruoli, canali o soprannomi: DWOS ha bisogno di Gestire i ruoli, Gestire i canali e Gestire i soprannomi, con il suo ruolo sopra quelli dell'alleanza. Il canale di log ha i dettagli.
alliance-none-yet = Questo server non ha ancora alleanze. Creane una con /alleanza create.
alliance-join-question = In quale alleanza vuoi entrare? Verranno interpellati i suoi R4 e R5.
alliance-unknown = Su questo server non c'è un'alleanza [{ $tag }].
alliance-not-found = Nessuna alleanza trovata: indica una sigla, o prima entra in un'alleanza.
alliance-request = { $user } ({ $name }) chiede di entrare in [{ $tag }].
alliance-approve-button = Approva
alliance-deny-button = Rifiuta
alliance-request-sent = La tua richiesta di entrare in [{ $tag }] è stata inviata ai suoi R4 e R5. Riceverai un messaggio quando risponderanno.
alliance-request-gone = Nessuna modifica: la richiesta di { $user } di entrare in [{ $tag }] ha già avuto risposta, oppure è in un'altra alleanza o non è più verificato.
alliance-denied = { $actor } ha rifiutato la richiesta di { $user } di entrare in [{ $tag }].
alliance-approved = { $actor } ha accettato { $user } come membro di [{ $tag }].
alliance-welcome = Benvenuto in [{ $tag }]! Un ufficiale ha accettato la tua richiesta.
alliance-left = Sei uscito da [{ $tag }].
alliance-not-in-one = Non sei in un'alleanza su questo server.
alliance-not-member = { $user } non è membro di [{ $tag }].
alliance-changed-meanwhile = Qualcun altro ha modificato { $user } nel frattempo. Ricontrolla e riprova.
alliance-kicked = { $user } non è più membro di [{ $tag }].
alliance-ranked = { $user } ora è { $rank } in [{ $tag }].
alliance-transfer-confirm = Cedere la guida di [{ $tag }] a { $user }? Diventerai R4.
alliance-transfer-button = Cedi l'R5
alliance-cancel-button = Annulla
alliance-cancelled = Annullato: nessuna modifica.
alliance-transferred = { $user } ora guida [{ $tag }] come R5.
alliance-dissolve-confirm = Sciogliere [{ $tag }]? Tutti i membri ne escono e i suoi ruoli vengono eliminati. I canali possono restare (con la loro cronologia) o essere eliminati.
alliance-dissolve-keep = Sciogli, tieni i canali
alliance-dissolve-delete = Sciogli ed elimina i canali
alliance-dissolved = [{ $tag }] è stata sciolta.
alliance-info = **[{ $tag }] { $name }**
    R5: { $leader }
    Membri: { $members } (R4: { $r4 }, R3: { $r3 }, R2: { $r2 }, R1: { $r1 })
    Dal { $created }
alliance-roster = **[{ $tag }]**: { $members ->
        [one] { $members } membro
        [many] { $members } membri
       *[other] { $members } membri
    } (pagina { $page } di { $pages })
alliance-sort-rank = Per grado
alliance-sort-furnace = Per livello della fornace
alliance-sort-name = Per nome
alliance-not-officer = Solo gli R4 e l'R5 dell'alleanza possono farlo.
alliance-not-below = Puoi gestire solo i membri di grado inferiore al tuo.
alliance-not-leader = Solo l'R5 dell'alleanza può farlo.
alliance-rank-too-high = Scegli da R1 a R4 (un R4 può assegnare fino a R3). L'R5 si cede con /alleanza transfer.
alliance-on-themselves = Non puoi farlo su te stesso (per uscire usa /alleanza leave).
alliance-rank-unchanged = { $user } ha già quel grado.
log-alliance-permissions = Non è stato possibile creare o rimuovere i ruoli e i canali di [{ $tag }]: { $reason }
audit-created = { $actor } ha creato [{ $tag }] e la guida come R5.
audit-joined = { $user } è entrato in [{ $tag }] come { $rank } (approvato da { $actor }).
audit-left = { $user } è uscito da [{ $tag }].
audit-kicked = { $actor } ha rimosso { $user } da [{ $tag }].
audit-ranked = { $actor } ha reso { $user } { $rank } in [{ $tag }].
audit-transferred = { $actor } ha ceduto la guida di [{ $tag }] a { $user }.
audit-succeeded = { $user } ora guida [{ $tag }] come R5: il precedente R5 è uscito.
audit-dissolved = { $actor } ha sciolto [{ $tag }].

# /setup stats
cmd-setup-stats-description = Crea canali vocali bloccati con membri, giocatori verificati e alleanze
setup-stats-made = Canali delle statistiche: { $channels } (rinominati entro 10 minuti quando un numero cambia).
setup-stats-failed = Non sono riuscito a creare i canali delle statistiche: a DWOS serve il permesso Gestisci canali.
stats-channel-members = Membri: { $count }
stats-channel-verified = Verificati: { $count }
stats-channel-alliances = Alleanze: { $count }

# /language
cmd-language-name = lingua
cmd-language-description = Scegli la lingua in cui DWOS ti risponde, in ogni server e nei messaggi diretti
cmd-language-language-description = La tua lingua ("Discord" segue di nuovo l'app di Discord)
language-set = D'ora in poi ti risponderò in italiano, in ogni server e nei messaggi diretti.
language-automatic = D'ora in poi seguirò di nuovo la lingua della tua app di Discord.

# /dashboard
cmd-dashboard-name = pannello
cmd-dashboard-description = La tua pagina: verifica, alleanza, lingua e cosa DWOS fa per te
dashboard-title = **Il tuo pannello DWOS**
dashboard-verified = Verificato: giocatore { $id }, **{ $name }**, stato { $state } (nome come l'hai dichiarato)
dashboard-not-verified = Non ancora verificato in questo server: usa /verifica.
dashboard-furnace = Fornace: { $furnace }
dashboard-alliance = Alleanza: { $alliance }
dashboard-not-set = nessuna
dashboard-language = Lingua: { $language }
dashboard-language-discord = come l'app di Discord
dashboard-reminder-dms = Promemoria degli eventi in messaggio diretto in questo server: { $on }
dashboard-auto-redeem = Codici regalo riscattati automaticamente per te: { $on }
dashboard-on = attivo
dashboard-off = disattivato
dashboard-hint = Cambia lingua con /lingua; i tuoi dati con /privacy.
dashboard-dm-on-button = Promemoria in privato
dashboard-dm-off-button = Basta promemoria in privato
dashboard-redeem-on-button = Riscatta i codici per me
dashboard-redeem-off-button = Non riscattare più per me

# /registration-help
cmd-registration-help-name = aiuto-registrazione
cmd-registration-help-description = Come verificarti: dove trovare nel gioco il tuo ID giocatore e lo stato
registration-help-text = **Come verificarti con DWOS**
    1. In WhiteOut Survival tocca il tuo avatar (in alto a sinistra). Il tuo **ID giocatore** è il numero sotto il nome; toccalo per copiarlo.
    2. Il tuo **stato** è il numero dopo **#** mostrato nel profilo e sulla mappa del mondo (es. #245).
    3. Qui usa /verifica (o il pulsante Verifica nel canale di benvenuto) e inserisci l'ID, lo stato e il tuo nome nel gioco.
    DWOS chiede al gioco se quell'ID è in quello stato; nome e livello della fornace sono presi come li dichiari.

# /ticket and /close-ticket
cmd-ticket-name = ticket
cmd-ticket-description = Apri una conversazione privata con i moderatori
cmd-ticket-subject-description = Di cosa si tratta, in poche parole
cmd-close-ticket-name = chiudi-ticket
cmd-close-ticket-description = Chiudi il tuo ticket (o, nel thread di un ticket, quel ticket)
ticket-bad-subject = Indica un oggetto da 1 a 100 caratteri di testo semplice.
ticket-already-open = Hai già un ticket aperto: { $ticket }. Chiudilo con /chiudi-ticket prima di aprirne un altro.
ticket-cannot-open = Non sono riuscito ad aprire un thread privato qui. Prova in un altro canale, o chiedi a un moderatore di dare a DWOS il permesso Crea thread privati.
ticket-opening = Ticket di { $user }: **{ $subject }**
    Scrivi qui; i moderatori vedono questo thread. Premi Chiudi quando è risolto.
ticket-close-button = Chiudi
ticket-opened = Il tuo ticket è aperto: { $thread }
ticket-none = Non hai ticket aperti.
ticket-closed = Il ticket è chiuso; un riepilogo è andato nel canale di log.
log-ticket-opened = { $user } ha aperto un ticket: **{ $subject }** ({ $thread }).
log-ticket-closed = Ticket chiuso: **{ $subject }** di { $user }, aperto { $opened }, chiuso { $closed } da { $by }, { $messages ->
        [one] 1 messaggio
       *[other] { $messages } messaggi
    }.

# /rules
cmd-rules-name = regole
cmd-rules-description = Le regole del server: leggile e, per i moderatori, scrivile, pubblicale e programmale
cmd-rules-show-description = Mostra le regole del server
cmd-rules-set-description = Scrivi le regole (un modulo); facoltativo un ruolo per chi le accetta
cmd-rules-set-role-description = Ruolo dato con "Accetto" (senza permessi da moderatore)
cmd-rules-post-description = Pubblica le regole con un pulsante "Accetto"
cmd-rules-post-channel-description = Il canale in cui pubblicarle
cmd-rules-automation-description = Ripubblica le regole ogni tot giorni (0 la ferma)
cmd-rules-automation-every-days-description = Giorni tra una pubblicazione e l'altra, da 1 a 365 (0: mai più)
cmd-rules-log-description = Chi ha accettato le regole, dal più recente
rules-form-title = Le regole del server
rules-form-label = Regole
rules-form-placeholder = Una regola per riga; il Markdown funziona.
rules-bad-text = Le regole vanno da 1 a 1.900 caratteri.
rules-saved = Regole salvate. Pubblicale con /regole post.
rules-changed-meanwhile = Un altro moderatore ha cambiato le regole mentre scrivevi; non ho salvato nulla. Riapri /regole set per partire dalla sua versione.
rules-none = Questo server non ha ancora regole. Un moderatore le scrive con /regole set.
rules-role-elevated = { $role } ha permessi da moderatore o è gestito da un'integrazione: non può essere dato a chiunque accetti.
rules-cannot-post = Non posso scrivere in quel canale: controlla che DWOS e tu possiate inviare messaggi lì.
rules-posted = Le regole sono pubblicate in { $channel }.
rules-bad-days = Indica un numero di giorni da 0 a 365.
rules-post-first = Pubblica le regole una volta con /regole post; l'automazione le ripubblica in quel canale.
rules-automation-on = Le regole saranno ripubblicate { $days ->
        [one] ogni giorno
       *[other] ogni { $days } giorni
    }.
rules-automation-off = Le regole non saranno più ripubblicate automaticamente.
rules-log-empty = Nessuno ha ancora accettato le regole.
rules-log-header = **{ $count ->
        [one] 1 membro ha accettato
       *[other] { $count } membri hanno accettato
    } le regole** (dal più recente):
rules-accept-button = Accetto
rules-accepted = Grazie: la tua accettazione delle regole è registrata.
rules-accepted-before = Avevi già accettato le regole; nulla è cambiato.
log-rules-role-elevated = Il ruolo delle regole { $role } ora ha permessi da moderatore: DWOS non lo dà più. Scegline un altro con /regole set.
