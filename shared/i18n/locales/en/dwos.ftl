# Command names and descriptions, sent to Discord by `dwos register-commands`.
cmd-help-name = help
cmd-help-description = Show what DWOS can do for you
cmd-stats-name = stats
cmd-stats-description = Show this server's member statistics

# /help
help-header = **DWOS — your WhiteOut Survival alliance assistant**
help-moderators = For moderators:

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

# /verify and /reverify
cmd-verify-name = verify
cmd-verify-description = Link your WhiteOut Survival account to this server
cmd-reverify-name = reverify
cmd-reverify-description = Check your linked game account with the game again (state, role, nickname)
verify-modal-title = Verify your game account
verify-modal-label = Your WhiteOut Survival player ID
verify-modal-placeholder = The number in your in-game profile, e.g. 12345678
verify-state-label = Your state number
verify-state-placeholder = The # of your state, e.g. 245 (empty: this server's state)
verify-name-label = Your in-game name
verify-name-placeholder = As shown in the game; it becomes your nickname here
verify-bad-id = That doesn't look like a player ID. It is the number shown in your in-game profile.
verify-bad-state = That doesn't look like a state number. It is the number after # on your state, from 1 to 9999.
verify-bad-name = Please enter your in-game name: 1 to 24 characters, without @ # < > ` * _ ~ |.
verify-need-state = Please enter your state number: this server has no home state set.
verify-start-again = This form is from an older version of DWOS. Please use /verify again.
verify-unknown-player = The game has no player with ID { $id }. Check the number in your in-game profile.
verify-wrong-state = The game says player { $id } is not in state { $state }. Check your state number and try again.
verify-try-again = Try again
verify-moved-unknown = The game says player { $id } is no longer in state { $state }, and I couldn't find the new one nearby. Use /verify with your new state number.
verify-too-many = You've tried 5 times in the last 30 minutes. Please wait { $minutes ->
        [one] a minute
       *[other] { $minutes } minutes
    }, then try again.
verify-taken = Player ID { $id } is already linked to another member of this server. If it is yours, ask a moderator to unlink it.
furnace-level = Level { $level }
furnace-not-declared = not declared
furnace-question = What is your furnace level? (optional)
furnace-placeholder = Choose your furnace level
furnace-skip = Skip
furnace-noted = Furnace level { $furnace } noted (as you declared it).
verify-done = Verified: the game confirmed player { $id } in state { $state }. Your nickname here is **{ $nickname }** (as you declared it).
verify-stored = DWOS stores your Discord ID with this player ID, state, name and furnace level for this server, and checks ID and state with the game about once a week. /privacy tells you more.
verify-refreshed = Checked: player { $id } is in state { $state }. Your name is **{ $nickname }**, furnace { $furnace } (as you declared them).
verify-not-linked = You haven't verified your game account here yet. Use /verify first.
verify-permissions = You are verified, but I couldn't give you the Verified role or set your nickname. A moderator needs to give DWOS the Manage Roles and Manage Nicknames permissions and move its role above the Verified role.
verify-game-down = The game's servers aren't answering right now. This try doesn't count; I'll keep trying for a few minutes, and if this message doesn't change, try /verify again later.
verify-role-name = Verified
log-verified = { $user } verified as { $nickname } (ID { $id }, state { $state }; name declared).
log-permissions = Could not give { $user } the Verified role or nickname: { $reason }

# /setup and /unlink (moderators)
cmd-setup-name = setup
cmd-setup-description = Set up verification: Verified role, log channel, language, and post the panel
cmd-setup-role-description = Role given to verified members (default: a role named Verified)
cmd-setup-log-channel-description = Channel where DWOS logs verifications and changes
cmd-setup-language-description = The server's default language for DWOS
cmd-setup-home-state-description = The number of the state this server is for (pre-filled in /verify)
cmd-setup-giftcode-channel-description = Channel where new gift codes are announced and their redemption reported
cmd-setup-test-player-description = Player ID a new gift code is tried for first, when the moderator has none linked
cmd-unlink-name = unlink
cmd-unlink-description = Unlink a member's game account so the ID can be verified again
cmd-unlink-member-description = The member to unlink
moderator-only = Only DWOS moderators can do this: members with Manage Server, or the roles and members named with /moderators.
setup-saved = Setup saved. Verified role: { $role }. Log channel: { $channel }. Language: { $language }. Home state: { $state }. Gift codes: { $giftcodes }. Test player: { $tester }.
setup-not-set = not set
setup-panel-failed = Setup saved, but I couldn't post the verification panel in this channel. Check that DWOS can send messages here.
panel-text = **Welcome!** Verify your WhiteOut Survival account to get access to this server: press the button and enter your player ID, state and in-game name. The game confirms the ID and state; DWOS stores them with your Discord ID for this server (/privacy).
panel-button = Verify
unlink-done = Unlinked { $user } from player { $nickname } (ID { $id }). The ID can now be verified again.
unlink-none = { $user } has no linked game account on this server.
log-unlinked = { $moderator } unlinked { $user } from player { $nickname } (ID { $id }).

# Weekly check
log-transferred = { $user } ({ $nickname }, ID { $id }) moved from state { $old } to state #{ $state }.
log-transfer-unknown = { $user } ({ $nickname }, ID { $id }) is no longer in state { $old }, and I couldn't find the new state nearby. They can run /reverify or /verify.
log-account-gone = { $user } ({ $nickname }, ID { $id }): the game has not known this player for three checks in a row. The account seems deleted; nothing was removed, a moderator can /unlink it.

# Alliance choice after verification
alliance-question = Which alliance are you in?
alliance-placeholder = Choose your alliance
alliance-none = No alliance
alliance-other-state = I'm from another state
alliance-new-button = My alliance isn't listed
alliance-bad-tag = An alliance tag is 3 or 4 letters or digits.
alliance-done = Done: you are { $rank } in [{ $tag }].
alliance-none-done = Done: no alliance.
alliance-other-done = Done: you're listed as a player from another state.

# /privacy
cmd-privacy-name = privacy
cmd-privacy-description = What DWOS stores about you, and how to have it removed
privacy-notice = **What DWOS stores about you**
    • When you verify: your Discord ID, your player ID and state (the game confirms them when you verify and about once a week after), the in-game name and furnace level you declare, your alliance and rank, and when you agreed.
    • Your choices: your language, gift codes redeemed for you, reminders by DM, your answers to events, the rules you accepted, and the subject of an open ticket.
    • The day you last used DWOS, and your verification attempts of the last 30 minutes, to stop abuse.
    • Nothing else: no messages, no IP addresses.
    → **Why:** to give you the right roles and nickname on this server and show alliance information to its members.
    → **Your rights:** the buttons below export all of it as a file, or erase it (with the roles and nickname DWOS gave). If you don't use DWOS for 180 days, it is erased automatically.

# /setup refusals: the Verified role goes to everyone who verifies, so it must be harmless.
setup-needs-manage-roles = You need the Manage Roles permission to choose the role DWOS gives verified members.
setup-role-everyone = @everyone can't be the Verified role: every member already has it.
setup-role-managed = { $role } is managed by an integration or a bot, so DWOS can't give it to members.
setup-role-elevated = { $role } carries moderator permissions (such as Administrator, Manage Server, Manage Roles, Ban or Kick). Everyone who verifies would get them, so DWOS refuses it. Pick a role without those permissions.
setup-role-above-bot = { $role } is above DWOS's highest role, so DWOS can't give it. Move DWOS's role above it in Server Settings → Roles, then run /setup again.
log-unsafe-role = I did not give { $user } the role { $role }: it carries moderator permissions or is managed. Run /setup with a harmless role.
setup-role-above-you = { $role } is above your highest role, so you can't hand it out. Ask an administrator, or pick a lower role.
setup-bot-needs-manage-roles = DWOS needs the Manage Roles permission to give the Verified role. Grant it to DWOS's role, then run /setup again.

# /event
cmd-event-name = event
cmd-event-description = Game events and their reminders
cmd-event-create-description = Create an event with reminders before it starts
cmd-event-create-type-description = Which game event
cmd-event-create-start-description = First start, YYYY-MM-DD HH:MM (in the time zone below)
cmd-event-create-timezone-description = Time zone of the start (default UTC, the game's clock)
cmd-event-create-repeat-description = How often it comes back (default: the usual for this event)
cmd-event-create-reminders-description = Minutes before the start, comma-separated (default 10,5,0)
cmd-event-create-channel-description = Where reminders go (default: this channel)
cmd-event-create-role-description = A role to mention in reminders
cmd-event-create-title-description = Title (required for a custom event)
cmd-event-create-alliance-description = The alliance tag, for an alliance's own event (its R5)
cmd-event-list-description = The next events of this server
cmd-event-cancel-description = Cancel an event
cmd-event-cancel-event-description = The event's id, from /event list
cmd-event-pause-description = Pause an event's reminders
cmd-event-pause-event-description = The event's id, from /event list
cmd-event-resume-description = Resume an event's reminders
cmd-event-resume-event-description = The event's id, from /event list
event-type-bear-trap = Bear Trap
event-type-crazy-joe = Crazy Joe
event-type-foundry = Foundry Battle
event-type-canyon-clash = Canyon Clash
event-type-fortress = Fortress Battle
event-type-frostfire-mine = Frostfire Mine
event-type-castle-battle = Castle Battle
event-type-svs = SvS
event-type-mercenary-prestige = Mercenary Prestige
event-type-daily-reset = Daily reset
event-type-custom = Event
repeat-once = once
repeat-daily = daily
repeat-every-2-days = every 2 days
repeat-weekly = weekly
repeat-every-2-weeks = every 2 weeks
repeat-every-4-weeks = every 4 weeks
repeat-monthly = monthly
event-bad-start = I can't read the start "{ $start }". Write it as YYYY-MM-DD HH:MM, for example 2026-12-01 18:30.
event-bad-zone = "{ $zone }" is not a time zone I know. Pick one from the list, for example Europe/Rome or UTC.
event-past = That start is in the past and the event does not repeat. Pick a later start.
event-bad-reminders = I can't read the reminders "{ $reminders }". Write minutes before the start, separated by commas, for example 30,10,0.
event-too-many-reminders = At most { $max } reminders per event.
event-reminder-too-early = A reminder can be at most { $max } minutes before the start (no earlier than the previous occurrence, and at most a week).
event-title-needed = A custom event needs a title.
event-bad-title = The title can have at most { $max } characters, without mentions, links or formatting.
event-moderators-or-officers = Only moderators manage the server's events; an alliance's R5 manages its own.
event-needs-rank = Only the R5 of [{ $tag }] (or a moderator) can create its events.
event-channel-not-yours = You can't post in { $channel }, so its reminders can't go there either. Pick a channel you can write in.
event-role-not-mentionable = { $role } can't be mentioned by everyone; only members who may mention any role can have reminders ping it.
event-created = **{ $title }** is scheduled (id `{ $id }`). Next: { $next }.
event-none = No events are scheduled on this server. Create one with /event create.
event-list-header = **Upcoming events**
event-list-line = `{ $id }` **{ $title }**: { $next } ({ $repeat })
event-paused-tag = (paused)
event-not-found = There is no event with that id on this server. /event list shows the ids.
event-cancelled = **{ $title }** (`{ $id }`) is cancelled; no more reminders.
event-paused = **{ $title }** is paused: no reminders until /event resume.
event-resumed = **{ $title }** is running again.
reminder-starts = **{ $title }** starts { $when }.
reminder-now = **{ $title }** is starting now!
log-event-channel-lost = I can no longer post reminders of **{ $title }** (`{ $id }`) in { $channel } ({ $reason }), so the event is paused. Give DWOS access to the channel, then /event resume.
cmd-event-edit-description = Change an event: only the options you give change
cmd-event-edit-event-description = The event's id, from /event list
cmd-event-edit-start-description = New first start, YYYY-MM-DD HH:MM
cmd-event-edit-timezone-description = New time zone of the start
cmd-event-edit-repeat-description = New repeat
cmd-event-edit-reminders-description = New reminders, minutes before the start, comma-separated
cmd-event-edit-channel-description = New channel for the reminders
cmd-event-edit-role-description = New role to mention
cmd-event-edit-title-description = New title
cmd-event-edit-clear-description = Remove the role (no more pings) or the custom title
event-updated = **{ $title }** (`{ $id }`) is updated. Next: { $next }.
event-list-page = Page { $page } of { $pages }
event-announcement = **{ $title }**: next { $next } ({ $repeat }). Reminders { $reminders } minutes before.
event-button-dm = Remind me by DM
event-button-going = Going ({ $count })
event-button-not-going = Not going ({ $count })
event-dm-on = You'll get the reminders of **{ $title }** by DM too. Press the button again to stop.
event-dm-off = No more DMs for **{ $title }**.

# /giftcode
cmd-giftcode-name = giftcode
cmd-giftcode-description = Gift codes: add, list, redeem, and automatic redemption
cmd-giftcode-add-description = Add a gift code and redeem it for every member who opted in (moderators)
cmd-giftcode-add-code-description = The code, as the game shows it
cmd-giftcode-list-description = The gift codes still active in this server
cmd-giftcode-redeem-description = Redeem a gift code for your linked player now
cmd-giftcode-redeem-code-description = The code, as the game shows it
cmd-giftcode-auto-description = Have DWOS redeem every new gift code for you, or stop
cmd-giftcode-auto-mode-description = On or off
giftcode-bad-code = That doesn't look like a gift code: 4 to 20 letters and digits, no spaces.
giftcode-no-tester = I need one player to try the code for first: verify your own account with /verify, or set a test player with /setup test_player (and the home state).
giftcode-game-busy = The game didn't answer the test redemption. Nothing was announced; try again in a few minutes.
giftcode-test-inconclusive = The test redemption said: { $outcome }. That tells nothing about the code, so nothing was announced. Check the test player in /setup.
giftcode-added = Gift code **{ $code }** works (test: { $outcome }). Announced, and being redeemed for { $count ->
        [one] the one member
       *[other] { $count } members
    } who opted in.
giftcode-again = Gift code **{ $code }** was added before. Redeeming it for { $count ->
        [one] the one member
       *[other] the { $count } members
    } who opted in; those who have it already are not asked again.
giftcode-announcement = 🎁 New gift code: **{ $code }**. Press the button to redeem it for your linked player, or turn on automatic redemption with /giftcode auto.
giftcode-redeem-button = Redeem for me
giftcode-list-empty = No active gift codes in this server.
giftcode-list-title = **Active gift codes**
giftcode-list-line = **{ $code }**, added { $added }: { $done }/{ $total } members done
giftcode-auto-on = Done: DWOS will redeem new gift codes for your linked player. To do so it sends the game your player ID, your state and the code, nothing else. Turn it off any time with /giftcode auto off.
giftcode-auto-off = Done: DWOS won't redeem gift codes for you automatically. You can still press "Redeem for me".
giftcode-consent = **Gift codes:** should DWOS redeem new gift codes for you automatically? It sends the game your player ID, your state and the code, nothing else. You can change this any time with /giftcode auto.
giftcode-consent-yes = Yes, redeem for me
giftcode-consent-no = No, thanks
giftcode-dead-expired = The code has expired: nothing more is redeemed.
giftcode-dead-not-found = The game doesn't know this code: nothing more is redeemed.
giftcode-dead-usage-limit = The code is used up: nothing more is redeemed.
giftcode-report-title = 🎁 **{ $code }**: { $done }/{ $total } members
giftcode-report-redeemed = ✅ Redeemed: { $count }
giftcode-report-already = ☑️ Already had it: { $count }
giftcode-report-furnace = 🔥 Furnace too low: { $count }
giftcode-report-wrong-state = 🗺️ Wrong state: { $count }
giftcode-report-failed = ⚠️ Failed: { $count }
giftcode-detail-button = Details
giftcode-detail-title = **{ $code }**, member by member:
giftcode-detail-more = …and { $count } more.
giftcode-outcome-redeemed = redeemed
giftcode-outcome-already-redeemed = already had it
giftcode-outcome-same-type-redeemed = already had a code of this kind
giftcode-outcome-expired = the code has expired
giftcode-outcome-not-found = the game doesn't know this code
giftcode-outcome-usage-limit = the code is used up
giftcode-outcome-furnace-too-low = furnace level too low for this code
giftcode-outcome-spend-required = needs a purchase first
giftcode-outcome-vip-required = VIP level too low
giftcode-outcome-wrong-state = the player is not in the state DWOS knows
giftcode-outcome-no-such-player = the game has no player with this ID
giftcode-outcome-failed = the game didn't answer; try again later
giftcode-verify-first = Verify your game account with /verify first: DWOS redeems codes for your linked player.
giftcode-mine = Gift code **{ $code }**: { $outcome }.

# /moderators, /news
cmd-moderators-name = moderators
cmd-moderators-description = Who moderates DWOS here, besides members with Manage Server
cmd-moderators-add-description = Make a role or a member a DWOS moderator
cmd-moderators-add-role-description = A role whose members moderate
cmd-moderators-add-member-description = A member who moderates
cmd-moderators-remove-description = Remove a moderator role or member
cmd-moderators-remove-role-description = The role
cmd-moderators-remove-member-description = The member
cmd-moderators-list-description = List the moderator roles and members
cmd-news-name = news
cmd-news-description = Post news in a channel, with translations (moderators)
moderators-need-target = Name a role, a member, or both.
moderators-too-many = A server can have at most { $max } moderator roles and { $max } moderator members.
moderators-list = **DWOS moderators** (besides Manage Server). Roles: { $roles }. Members: { $members }.
log-refused = { $user } tried a moderator-only action: { $what }
news-modal-title = News
news-language-label = Language (en, it, es, de, fr, …)
news-language-placeholder = it
news-title-label = Title
news-title-placeholder = Bear Trap moves to 20:00
news-body-label = Text
news-body-placeholder = What members should know
news-empty = A news post needs a title and a text.
news-bad-language = Use one of these language codes: { $languages }.
news-gone = That news post is no longer there.
news-draft = Here is your post. Pick the channel to post it in, or add a translation first (translations: { $languages }).
news-pick-channel = Post in…
news-add-translation = Add a translation
news-posted = Posted in { $channel }.
news-post-failed = I couldn't post in { $channel }. Check that DWOS can send messages there.
news-translate-button = Translate
moderators-bad-role = That role can't moderate: @everyone would make every member a moderator, and a managed role belongs to a bot or an integration.
news-channel-forbidden = You can't send messages in that channel, so DWOS won't post there for you.
giftcode-outcome-opted-out = no longer linked or opted in: skipped
giftcode-too-many = You have redeemed 10 codes in the last 10 minutes; every server shares the game's pace. Try again in { $minutes } min.
giftcode-report-skipped = ⏭️ Skipped (no longer linked or opted in): { $count }
privacy-export-button = Export my data
privacy-delete-button = Delete my data
privacy-delete-confirm = **Delete everything DWOS stores about you, in every server?** Your verified accounts, alliance memberships, event answers, gift-code results, news posts you wrote and preferences go for good, and DWOS removes the Verified role and the nickname it gave where it still can. This cannot be undone.
privacy-erase-button = Yes, delete everything
privacy-keep-button = No, keep it
privacy-kept = Nothing was deleted.
privacy-export-ready = Here is everything DWOS stores about you, in every server, as a JSON file.
privacy-erased = Done: { $count ->
        [one] one record about you was
       *[other] { $count } records about you were
    } deleted. You can verify again at any time.
privacy-erasing = Deleting your data…

## Alliances
cmd-alliance-name = alliance
cmd-alliance-description = Your alliance: join, leave, ranks, roster
cmd-alliance-create-description = Create an alliance and lead it as R5
cmd-alliance-create-name-description = The alliance's full name
cmd-alliance-create-tag-description = Its tag as the game shows it: 3 or 4 letters or digits
cmd-alliance-join-description = Ask to join one of this server's alliances
cmd-alliance-leave-description = Leave your alliance
cmd-alliance-kick-description = Remove a member of lower rank from your alliance (R4 and R5)
cmd-alliance-kick-member-description = The member to remove
cmd-alliance-rank-description = Give a member of your alliance a rank (R4 and R5)
cmd-alliance-rank-member-description = The member
cmd-alliance-rank-rank-description = The new rank (R5 changes hands with /alliance transfer)
cmd-alliance-transfer-description = Hand the lead (R5) to another member (R5 only)
cmd-alliance-transfer-member-description = The new R5
cmd-alliance-dissolve-description = Dissolve your alliance (R5 only)
cmd-alliance-info-description = An alliance's leader, ranks and size
cmd-alliance-info-tag-description = The alliance's tag (yours if empty)
cmd-alliance-roster-description = The members of an alliance, page by page
cmd-alliance-roster-sort-description = Order by rank, furnace level or name
cmd-alliance-roster-tag-description = The alliance's tag (yours if empty)
alliance-bad-name = An alliance name is 1 to 32 characters of plain text (no mentions, links or markup).
alliance-form-title = New alliance
alliance-form-tag = Tag as in the game (3-4 letters or digits)
alliance-form-name = Full name
alliance-verify-first = Verify your game account first (/verify): alliances are for verified members.
alliance-leave-first = You are in [{ $tag }]. Leave it first with /alliance leave.
alliance-tag-taken = There already is an alliance with the tag [{ $tag }] on this server.
alliance-created = Created [{ $tag }] { $name }. You lead it as R5.
alliance-permissions = Some roles, channels or nicknames could not be set: DWOS needs Manage Roles, Manage Channels and Manage Nicknames, with its role above the alliance roles. The log channel has details.
alliance-none-yet = This server has no alliances yet. Create one with /alliance create.
alliance-join-question = Which alliance do you want to join? Its R4 and R5 will be asked.
alliance-unknown = There is no alliance [{ $tag }] on this server.
alliance-not-found = No alliance found: give a tag, or join one first.
alliance-request = { $user } ({ $name }) asks to join [{ $tag }].
alliance-approve-button = Approve
alliance-deny-button = Deny
alliance-request-sent = Your request to join [{ $tag }] went to its R4 and R5. You'll get a message when they answer.
alliance-request-gone = Nothing changed: the request of { $user } to join [{ $tag }] was already answered, or they are in another alliance or no longer verified.
alliance-denied = { $actor } declined the request of { $user } to join [{ $tag }].
alliance-approved = { $actor } approved { $user } as a member of [{ $tag }].
alliance-welcome = Welcome to [{ $tag }]! An officer approved your request.
alliance-left = You left [{ $tag }].
alliance-not-in-one = You are not in an alliance on this server.
alliance-not-member = { $user } is not a member of [{ $tag }].
alliance-changed-meanwhile = { $user } was changed by someone else meanwhile. Please look again and retry.
alliance-kicked = { $user } is no longer a member of [{ $tag }].
alliance-ranked = { $user } is now { $rank } in [{ $tag }].
alliance-transfer-confirm = Hand the lead of [{ $tag }] to { $user }? You become R4.
alliance-transfer-button = Hand over R5
alliance-cancel-button = Cancel
alliance-cancelled = Cancelled: nothing changed.
alliance-transferred = { $user } now leads [{ $tag }] as R5.
alliance-dissolve-confirm = Dissolve [{ $tag }]? Every member leaves it and its roles are deleted. Its channels can stay (with their history) or go.
alliance-dissolve-keep = Dissolve, keep channels
alliance-dissolve-delete = Dissolve and delete channels
alliance-dissolved = [{ $tag }] is dissolved.
alliance-info = **[{ $tag }] { $name }**
    R5: { $leader }
    Members: { $members } (R4: { $r4 }, R3: { $r3 }, R2: { $r2 }, R1: { $r1 })
    Since { $created }
alliance-roster = **[{ $tag }]**: { $members ->
        [one] 1 member
       *[other] { $members } members
    } (page { $page } of { $pages })
alliance-sort-rank = By rank
alliance-sort-furnace = By furnace level
alliance-sort-name = By name
alliance-not-officer = Only the alliance's R4 and R5 can do this.
alliance-not-below = You can only manage members ranked below you.
alliance-not-leader = Only the alliance's R5 can do this.
alliance-rank-too-high = Choose R1 to R4 (R4 can give up to R3). R5 changes hands with /alliance transfer.
alliance-on-themselves = You cannot do that to yourself (use /alliance leave to leave).
alliance-rank-unchanged = { $user } already has that rank.
log-alliance-permissions = Could not make or remove the roles and channels of [{ $tag }]: { $reason }
audit-created = { $actor } created [{ $tag }] and leads it as R5.
audit-joined = { $user } joined [{ $tag }] as { $rank } (approved by { $actor }).
audit-left = { $user } left [{ $tag }].
audit-kicked = { $actor } removed { $user } from [{ $tag }].
audit-ranked = { $actor } made { $user } { $rank } in [{ $tag }].
audit-transferred = { $actor } handed the lead of [{ $tag }] to { $user }.
audit-succeeded = { $user } now leads [{ $tag }] as R5: the previous R5 left.
audit-dissolved = { $actor } dissolved [{ $tag }].

# /setup stats
cmd-setup-stats-description = Make locked voice channels showing members, verified players and alliances
setup-stats-made = Statistics channels: { $channels } (renamed within 10 minutes when a number changes).
setup-stats-failed = I couldn't make the statistics channels: DWOS needs the Manage Channels permission.
stats-channel-members = Members: { $count }
stats-channel-verified = Verified: { $count }
stats-channel-alliances = Alliances: { $count }

# /language
cmd-language-name = language
cmd-language-description = Choose the language DWOS speaks to you in, in every server and in DMs
cmd-language-language-description = Your language ("Discord" follows your Discord app again)
language-set = From now on I'll answer you in English, in every server and in DMs.
language-automatic = From now on I'll follow your Discord app's language again.

# /dashboard
cmd-dashboard-name = dashboard
cmd-dashboard-description = Your own page: verification, alliance, language and what DWOS does for you
dashboard-title = **Your DWOS dashboard**
dashboard-verified = Verified: player { $id }, **{ $name }**, state { $state } (name as you declared it)
dashboard-not-verified = Not verified in this server yet: use /verify.
dashboard-furnace = Furnace: { $furnace }
dashboard-alliance = Alliance: { $alliance }
dashboard-not-set = none
dashboard-language = Language: { $language }
dashboard-language-discord = as your Discord app
dashboard-reminder-dms = Event reminders by DM in this server: { $on }
dashboard-auto-redeem = Gift codes redeemed for you automatically: { $on }
dashboard-on = on
dashboard-off = off
dashboard-hint = Change your language with /language; your data with /privacy.
dashboard-dm-on-button = Send me reminders by DM
dashboard-dm-off-button = Stop reminders by DM
dashboard-redeem-on-button = Redeem codes for me
dashboard-redeem-off-button = Stop redeeming for me

# /registration-help
cmd-registration-help-name = registration-help
cmd-registration-help-description = How to verify: where to find your player ID and state in the game
registration-help-text = **How to verify with DWOS**
    1. In WhiteOut Survival, tap your avatar (top left). Your **player ID** is the number under your name; tap it to copy it.
    2. Your **state** is the number after **#** shown on your profile and on the world map (e.g. #245).
    3. Here, use /verify (or the Verify button in the welcome channel) and enter the ID, the state and your in-game name.
    DWOS asks the game whether that ID is in that state; your name and furnace level are taken as you declare them.

# /ticket and /close-ticket
cmd-ticket-name = ticket
cmd-ticket-description = Open a private conversation with the moderators
cmd-ticket-subject-description = What it is about, in a few words
cmd-close-ticket-name = close-ticket
cmd-close-ticket-description = Close your ticket (or, in a ticket's thread, that ticket)
ticket-bad-subject = Please give a subject of 1 to 100 characters of plain text.
ticket-already-open = You already have an open ticket: { $ticket }. Close it with /close-ticket before opening another.
ticket-cannot-open = I couldn't open a private thread here. Try in another channel, or ask a moderator to give DWOS the Create Private Threads permission.
ticket-opening = Ticket from { $user }: **{ $subject }**
    Write here; the moderators see this thread. Press Close when it's settled.
ticket-close-button = Close
ticket-opened = Your ticket is open: { $thread }
ticket-none = You have no open ticket.
ticket-closed = The ticket is closed; a summary went to the log channel.
log-ticket-opened = { $user } opened a ticket: **{ $subject }** ({ $thread }).
log-ticket-closed = Ticket closed: **{ $subject }** by { $user }, opened { $opened }, closed { $closed } by { $by }, { $messages ->
        [one] 1 message
       *[other] { $messages } messages
    }.

# /rules
cmd-rules-name = rules
cmd-rules-description = The server's rules: show them, and for moderators set, post and schedule them
cmd-rules-show-description = Show the server's rules
cmd-rules-set-description = Write the rules (a form); optionally a role given to everyone who accepts
cmd-rules-set-role-description = Role given on "I accept" (it must carry no moderator permission)
cmd-rules-post-description = Post the rules with an "I accept" button
cmd-rules-post-channel-description = The channel to post them in
cmd-rules-automation-description = Post the rules again every few days (0 stops it)
cmd-rules-automation-every-days-description = Days between posts, 1 to 365 (0: never again)
cmd-rules-log-description = Who accepted the rules, newest first
rules-form-title = The server's rules
rules-form-label = Rules
rules-form-placeholder = One rule per line; Markdown works.
rules-bad-text = The rules are 1 to 1,900 characters.
rules-saved = Rules saved. Post them with /rules post.
rules-changed-meanwhile = Another moderator changed the rules while you were writing; nothing was saved. Open /rules set again to start from their version.
rules-none = This server has no rules yet. A moderator writes them with /rules set.
rules-role-elevated = { $role } carries moderator permissions or is managed by an integration: it can't be given to everyone who accepts.
rules-cannot-post = I can't post in that channel: check that DWOS and you may send messages there.
rules-posted = The rules are posted in { $channel }.
rules-bad-days = Give a number of days from 0 to 365.
rules-post-first = Post the rules once with /rules post; automation posts them again in that channel.
rules-automation-on = The rules will be posted again every { $days ->
        [one] day
       *[other] { $days } days
    }.
rules-automation-off = The rules will not be posted again automatically.
rules-log-empty = Nobody has accepted the rules yet.
rules-log-header = **{ $count ->
        [one] 1 member accepted
       *[other] { $count } members accepted
    } the rules** (newest first):
rules-accept-button = I accept
rules-accepted = Thank you: your acceptance of the rules is noted.
rules-accepted-before = You accepted the rules before; nothing changed.
log-rules-role-elevated = The rules' role { $role } now carries moderator permissions: DWOS no longer gives it. Pick another with /rules set.
