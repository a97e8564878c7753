# Command names and descriptions, sent to Discord by `dwos register-commands`.
cmd-help-name = aiuto
cmd-help-description = Scopri cosa può fare DWOS per te
cmd-stats-name = statistiche
cmd-stats-description = Mostra le statistiche dei membri di questo server

# /help
help-text = **DWOS — il tuo assistente di alleanza per WhiteOut Survival**
    `/help` mostra questo messaggio.
    `/stats` mostra quanti membri ha questo server e quanti sono online.
    Presto arriveranno: verifica dell'account, alleanze, promemoria degli eventi e codici regalo.

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
