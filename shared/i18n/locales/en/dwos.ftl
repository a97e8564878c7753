# Command names and descriptions, sent to Discord by `dwos register-commands`.
cmd-help-name = help
cmd-help-description = Show what DWOS can do for you
cmd-stats-name = stats
cmd-stats-description = Show this server's member statistics

# /help
help-text = **DWOS — your WhiteOut Survival alliance assistant**
    `/help` shows this message.
    `/stats` shows how many members this server has and how many are online.
    More is coming: account verification, alliances, event reminders and gift codes.

# Replies to things DWOS does not handle.
unknown-interaction = I don't know that one yet. Try `/help` to see what I can do.
guild-only = This command only works inside a server.
try-again-later = Something went wrong on my side. Please try again in a minute.

# /stats
stats-summary = **{ $guild }**
    Members: { $members }
    Online now: { $online }
    Verified players: { $verified }
stats-unavailable = I can't read this server's statistics. Make sure DWOS is a member of this server.
