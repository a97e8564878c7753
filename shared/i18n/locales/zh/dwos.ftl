# Command names and descriptions, sent to Discord by `dwos register-commands`.
cmd-help-name = 帮助
cmd-help-description = 看看 DWOS 能为你做什么
cmd-stats-name = 统计
cmd-stats-description = 显示本服务器的成员统计

# /help
help-header = **DWOS — 你的 WhiteOut Survival 联盟助手**
help-moderators = 管理员可用：

# Replies to things DWOS does not handle.
unknown-interaction = 这个我还不会。试试 `/帮助`，看看我能做什么。
guild-only = 此命令只能在服务器内使用。
try-again-later = 我这边出了点问题，请一分钟后再试。

# /stats
stats-summary = **{ $guild }**
    成员：{ $members }
    当前在线：{ $online }
    已验证玩家：{ $verified }
stats-unavailable = 我无法读取本服务器的统计数据。请确认 DWOS 是本服务器的成员。

# /verify and /reverify
cmd-verify-name = 验证
cmd-verify-description = 将你的 WhiteOut Survival 账号绑定到本服务器
cmd-reverify-name = 重新验证
cmd-reverify-description = 让游戏重新核对你绑定的游戏账号（州、身份组、昵称）
verify-modal-title = 验证你的游戏账号
verify-modal-label = 你的 WhiteOut Survival 玩家 ID
verify-modal-placeholder = 你游戏内个人资料中的数字，例如 12345678
verify-state-label = 你的州编号
verify-state-placeholder = 你所在州的编号，例如 245（留空：本服务器的州）
verify-name-label = 你的游戏名
verify-name-placeholder = 与游戏中显示的一致；它将成为你在这里的昵称
verify-bad-id = 这看起来不像玩家 ID。玩家 ID 是你游戏内个人资料中显示的数字。
verify-bad-state = 这看起来不像州编号。州编号是你所在州 # 后面的数字，范围 1 到 9999。
verify-bad-name = 请输入你的游戏名：1 到 24 个字符，不能包含 @ # < > ` * _ ~ |。
verify-need-state = 请输入你的州编号：本服务器尚未设置主州。
verify-start-again = 此表单来自旧版 DWOS。请重新使用 /验证。
verify-unknown-player = 游戏中没有 ID 为 { $id } 的玩家。请检查你游戏内个人资料中的数字。
verify-wrong-state = 游戏显示玩家 { $id } 不在 { $state } 州。请检查你的州编号后重试。
verify-try-again = 重试
verify-moved-unknown = 游戏显示玩家 { $id } 已不在 { $state } 州，我也没能在附近找到新的州。请用新的州编号重新使用 /验证。
verify-too-many = 你在过去 30 分钟内已尝试 5 次。请等待 { $minutes } 分钟后再试。
verify-taken = 玩家 ID { $id } 已绑定到本服务器的另一位成员。如果这是你的账号，请联系管理员解除绑定。
furnace-level = 等级 { $level }
furnace-not-declared = 未填写
furnace-question = 你的熔炉等级是多少？（可选）
furnace-placeholder = 选择你的熔炉等级
furnace-skip = 跳过
furnace-noted = 已记录熔炉等级 { $furnace }（按你填写的内容）。
verify-done = 验证成功：游戏已确认玩家 { $id } 在 { $state } 州。你在这里的昵称是 **{ $nickname }**（按你填写的内容）。
verify-stored = DWOS 会为本服务器保存你的 Discord ID 以及此玩家 ID、州、名称和熔炉等级，并大约每周向游戏核对一次 ID 和州。详情请见 /隐私。
verify-refreshed = 已核对：玩家 { $id } 在 { $state } 州。你的名称是 **{ $nickname }**，熔炉 { $furnace }（按你填写的内容）。
verify-not-linked = 你还没有在这里验证游戏账号。请先使用 /验证。
verify-permissions = 你已通过验证，但我无法给你“已验证”身份组或设置你的昵称。需要管理员为 DWOS 授予“管理身份组”和“管理昵称”权限，并将它的身份组移到“已验证”身份组之上。
verify-game-down = 游戏服务器目前没有响应。本次尝试不计入次数；我会在几分钟内继续尝试，如果这条消息一直没有变化，请稍后再使用一次 /验证。
verify-role-name = 已验证
log-verified = { $user } 已验证为 { $nickname }（ID { $id }，{ $state } 州；名称为自行填写）。
log-permissions = 无法给 { $user } “已验证”身份组或昵称：{ $reason }

# /setup and /unlink (moderators)
cmd-setup-name = 设置
cmd-setup-description = 设置验证：“已验证”身份组、日志频道、语言，并发布验证面板
cmd-setup-role-description = 给已验证成员的身份组（默认：名为“已验证”的身份组）
cmd-setup-log-channel-description = DWOS 记录验证和变更的频道
cmd-setup-language-description = DWOS 在本服务器的默认语言
cmd-setup-home-state-description = 本服务器所属州的编号（在 /验证 中预先填写）
cmd-setup-giftcode-channel-description = 发布新兑换码并报告兑换结果的频道
cmd-setup-test-player-description = 管理员未绑定账号时，用于先行测试新兑换码的玩家 ID
cmd-unlink-name = 解绑
cmd-unlink-description = 解除成员游戏账号的绑定，使该 ID 可以重新验证
cmd-unlink-member-description = 要解绑的成员
moderator-only = 只有 DWOS 管理员才能这样做：拥有“管理服务器”权限的成员，或通过 /管理员 指定的身份组和成员。
setup-saved = 设置已保存。已验证身份组：{ $role }。日志频道：{ $channel }。语言：{ $language }。主州：{ $state }。兑换码：{ $giftcodes }。测试玩家：{ $tester }。
setup-not-set = 未设置
setup-panel-failed = 设置已保存，但我无法在此频道发布验证面板。请检查 DWOS 是否可以在这里发送消息。
panel-text = **欢迎！** 验证你的 WhiteOut Survival 账号即可访问本服务器：点击按钮，输入你的玩家 ID、州和游戏名。游戏会确认 ID 和州；DWOS 会为本服务器将它们与你的 Discord ID 一起保存（/隐私）。
panel-button = 验证
unlink-done = 已解除 { $user } 与玩家 { $nickname }（ID { $id }）的绑定。该 ID 现在可以重新验证了。
unlink-none = { $user } 在本服务器上没有绑定的游戏账号。
log-unlinked = { $moderator } 解除了 { $user } 与玩家 { $nickname }（ID { $id }）的绑定。

# Weekly check
log-transferred = { $user }（{ $nickname }，ID { $id }）已从 { $old } 州迁移到 #{ $state } 州。
log-transfer-unknown = { $user }（{ $nickname }，ID { $id }）已不在 { $old } 州，我也没能在附近找到新的州。对方可以使用 /重新验证 或 /验证。
log-account-gone = { $user }（{ $nickname }，ID { $id }）：游戏已连续三次检查都找不到这位玩家。该账号似乎已被删除；没有移除任何内容，管理员可以用 /解绑 解除绑定。

# Alliance choice after verification
alliance-question = 你在哪个联盟？
alliance-placeholder = 选择你的联盟
alliance-none = 无联盟
alliance-other-state = 我来自其他州
alliance-new-button = 我的联盟不在列表中
alliance-bad-tag = 联盟简称由 3 或 4 个字母或数字组成。
alliance-done = 完成：你是 [{ $tag }] 的 { $rank }。
alliance-none-done = 完成：无联盟。
alliance-other-done = 完成：你已登记为来自其他州的玩家。

# /privacy
cmd-privacy-name = 隐私
cmd-privacy-description = DWOS 保存了你的哪些信息，以及如何删除
privacy-notice = **DWOS 保存的关于你的信息**
    • 验证时：你的 Discord ID、玩家 ID 和州（验证时以及之后大约每周由游戏确认一次）、你填写的游戏名和熔炉等级、你的联盟和阶级，以及你同意的时间。
    • 你的选择：你的语言、为你兑换的兑换码、私信提醒、你对活动的回复、你接受的规则，以及未关闭工单的主题。
    • 你最后一次使用 DWOS 的日期，以及你最近 30 分钟内的验证尝试，用于防止滥用。
    • 除此之外没有任何内容：不保存消息，也不保存 IP 地址。
    → **原因：** 为你在本服务器上分配正确的身份组和昵称，并向成员展示联盟信息。
    → **你的权利：** 下方按钮可以将这些信息全部导出为文件，或将其删除（连同 DWOS 给予的身份组和昵称）。如果你 180 天未使用 DWOS，这些信息会被自动删除。

# /setup refusals: the Verified role goes to everyone who verifies, so it must be harmless.
setup-needs-manage-roles = 你需要“管理身份组”权限才能选择 DWOS 给已验证成员的身份组。
setup-role-everyone = @everyone 不能作为“已验证”身份组：每个成员都已拥有它。
setup-role-managed = { $role } 由集成或机器人管理，因此 DWOS 无法将其分配给成员。
setup-role-elevated = { $role } 带有管理权限（例如“管理员”、“管理服务器”、“管理身份组”、“封禁成员”或“踢出成员”）。每个通过验证的人都会获得这些权限，因此 DWOS 拒绝使用它。请选择一个没有这些权限的身份组。
setup-role-above-bot = { $role } 高于 DWOS 的最高身份组，因此 DWOS 无法分配它。请在“服务器设置 → 身份组”中将 DWOS 的身份组移到它之上，然后重新运行 /设置。
log-unsafe-role = 我没有给 { $user } 分配身份组 { $role }：它带有管理权限或为托管身份组。请使用一个无害的身份组运行 /设置。
setup-role-above-you = { $role } 高于你的最高身份组，因此你无法分配它。请联系服务器管理员，或选择一个更低的身份组。
setup-bot-needs-manage-roles = DWOS 需要“管理身份组”权限才能分配“已验证”身份组。请将该权限授予 DWOS 的身份组，然后重新运行 /设置。

# /event
cmd-event-name = 活动
cmd-event-description = 游戏活动及其提醒
cmd-event-create-description = 创建一个在开始前发送提醒的活动
cmd-event-create-type-description = 哪个游戏活动
cmd-event-create-start-description = 首次开始时间，YYYY-MM-DD HH:MM（按下方的时区）
cmd-event-create-timezone-description = 开始时间的时区（默认 UTC，即游戏时间）
cmd-event-create-repeat-description = 重复频率（默认：该活动的常规频率）
cmd-event-create-reminders-description = 开始前的分钟数，用逗号分隔（默认 10,5,0）
cmd-event-create-channel-description = 提醒发送到哪里（默认：此频道）
cmd-event-create-role-description = 提醒中要提及的身份组
cmd-event-create-title-description = 标题（自定义活动必填）
cmd-event-create-alliance-description = 联盟简称，用于联盟自己的活动（由其 R5 管理）
cmd-event-list-description = 本服务器接下来的活动
cmd-event-cancel-description = 取消一个活动
cmd-event-cancel-event-description = 活动的 id，见 /活动 list
cmd-event-pause-description = 暂停活动的提醒
cmd-event-pause-event-description = 活动的 id，见 /活动 list
cmd-event-resume-description = 恢复活动的提醒
cmd-event-resume-event-description = 活动的 id，见 /活动 list
event-type-bear-trap = 猎熊陷阱
event-type-crazy-joe = 疯狂乔伊
event-type-foundry = 兵工厂争夺战
event-type-canyon-clash = 峡谷合战
event-type-fortress = 要塞争夺战
event-type-frostfire-mine = 霜火矿区
event-type-castle-battle = 太阳城争夺战
event-type-svs = SvS
event-type-mercenary-prestige = 佣兵荣耀
event-type-daily-reset = 每日重置
event-type-custom = 活动
repeat-once = 仅一次
repeat-daily = 每天
repeat-every-2-days = 每 2 天
repeat-weekly = 每周
repeat-every-2-weeks = 每 2 周
repeat-every-4-weeks = 每 4 周
repeat-monthly = 每月
event-bad-start = 我无法识别开始时间“{ $start }”。请按 YYYY-MM-DD HH:MM 格式填写，例如 2026-12-01 18:30。
event-bad-zone = “{ $zone }”不是我认识的时区。请从列表中选择一个，例如 Asia/Shanghai 或 UTC。
event-past = 这个开始时间已经过去，而且该活动不会重复。请选择一个更晚的开始时间。
event-bad-reminders = 我无法识别提醒“{ $reminders }”。请填写开始前的分钟数，用逗号分隔，例如 30,10,0。
event-too-many-reminders = 每个活动最多 { $max } 个提醒。
event-reminder-too-early = 提醒最多只能在开始前 { $max } 分钟（不能早于上一次活动，且最多提前一周）。
event-title-needed = 自定义活动需要一个标题。
event-bad-title = 标题最多 { $max } 个字符，不能包含提及、链接或格式。
event-moderators-or-officers = 只有管理员可以管理服务器的活动；联盟的 R5 可以管理自己联盟的活动。
event-needs-rank = 只有 [{ $tag }] 的 R5（或管理员）可以创建该联盟的活动。
event-channel-not-yours = 你无法在 { $channel } 发言，所以提醒也不能发到那里。请选择一个你可以发言的频道。
event-role-not-mentionable = { $role } 不允许所有人提及；只有可以提及任意身份组的成员才能让提醒通知它。
event-created = **{ $title }** 已安排（id `{ $id }`）。下一次：{ $next }。
event-none = 本服务器没有已安排的活动。使用 /活动 create 创建一个。
event-list-header = **即将到来的活动**
event-list-line = `{ $id }` **{ $title }**：{ $next }（{ $repeat }）
event-paused-tag = （已暂停）
event-not-found = 本服务器没有这个 id 的活动。/活动 list 会显示所有 id。
event-cancelled = **{ $title }**（`{ $id }`）已取消；不会再有提醒。
event-paused = **{ $title }** 已暂停：在使用 /活动 resume 之前不会有提醒。
event-resumed = **{ $title }** 已恢复运行。
reminder-starts = **{ $title }** { $when }开始。
reminder-now = **{ $title }** 现在开始！
log-event-channel-lost = 我无法再在 { $channel } 发布 **{ $title }**（`{ $id }`）的提醒（{ $reason }），因此该活动已暂停。请给 DWOS 该频道的访问权限，然后使用 /活动 resume。
cmd-event-edit-description = 修改活动：只有你填写的选项会改变
cmd-event-edit-event-description = 活动的 id，见 /活动 list
cmd-event-edit-start-description = 新的首次开始时间，YYYY-MM-DD HH:MM
cmd-event-edit-timezone-description = 开始时间的新时区
cmd-event-edit-repeat-description = 新的重复频率
cmd-event-edit-reminders-description = 新的提醒，开始前的分钟数，用逗号分隔
cmd-event-edit-channel-description = 接收提醒的新频道
cmd-event-edit-role-description = 要提及的新身份组
cmd-event-edit-title-description = 新标题
cmd-event-edit-clear-description = 移除身份组（不再提及）或自定义标题
event-updated = **{ $title }**（`{ $id }`）已更新。下一次：{ $next }。
event-list-page = 第 { $page } 页，共 { $pages } 页
event-announcement = **{ $title }**：下一次 { $next }（{ $repeat }）。提前 { $reminders } 分钟提醒。
event-button-dm = 私信提醒我
event-button-going = 参加（{ $count }）
event-button-not-going = 不参加（{ $count }）
event-dm-on = 你也会通过私信收到 **{ $title }** 的提醒。再次点击按钮即可停止。
event-dm-off = 不再通过私信发送 **{ $title }** 的提醒。

# /giftcode
cmd-giftcode-name = 兑换码
cmd-giftcode-description = 兑换码：添加、列出、兑换以及自动兑换
cmd-giftcode-add-description = 添加一个兑换码，并为所有已选择加入的成员兑换（管理员）
cmd-giftcode-add-code-description = 兑换码，与游戏中显示的一致
cmd-giftcode-list-description = 本服务器中仍然有效的兑换码
cmd-giftcode-redeem-description = 立即为你绑定的玩家兑换一个兑换码
cmd-giftcode-redeem-code-description = 兑换码，与游戏中显示的一致
cmd-giftcode-auto-description = 让 DWOS 为你自动兑换每个新兑换码，或停止自动兑换
cmd-giftcode-auto-mode-description = 开启或关闭
giftcode-bad-code = 这看起来不像兑换码：应为 4 到 20 个字母和数字，不含空格。
giftcode-no-tester = 我需要一位玩家先试用这个兑换码：请用 /验证 验证你自己的账号，或用 /设置 test_player 设置一个测试玩家（以及主州）。
giftcode-game-busy = 游戏没有响应测试兑换。没有发布任何公告；请几分钟后再试。
giftcode-test-inconclusive = 测试兑换的结果是：{ $outcome }。这无法说明兑换码是否有效，因此没有发布公告。请在 /设置 中检查测试玩家。
giftcode-added = 兑换码 **{ $code }** 有效（测试：{ $outcome }）。已发布公告，正在为 { $count } 位已选择加入的成员兑换。
giftcode-again = 兑换码 **{ $code }** 之前已添加过。正在为 { $count } 位已选择加入的成员兑换；已经兑换过的成员不会再次处理。
giftcode-announcement = 🎁 新兑换码：**{ $code }**。点击按钮为你绑定的玩家兑换，或使用 /兑换码 auto 开启自动兑换。
giftcode-redeem-button = 为我兑换
giftcode-list-empty = 本服务器没有有效的兑换码。
giftcode-list-title = **有效的兑换码**
giftcode-list-line = **{ $code }**，添加于 { $added }：{ $done }/{ $total } 位成员已完成
giftcode-auto-on = 完成：DWOS 将为你绑定的玩家兑换新兑换码。为此，它只会向游戏发送你的玩家 ID、州和兑换码，不发送其他任何信息。你可以随时使用 /兑换码 auto off 关闭。
giftcode-auto-off = 完成：DWOS 不会再自动为你兑换兑换码。你仍然可以点击“为我兑换”。
giftcode-consent = **兑换码：** 要让 DWOS 自动为你兑换新的兑换码吗？它只会向游戏发送你的玩家 ID、州和兑换码，不发送其他任何信息。你可以随时通过 /兑换码 auto 更改。
giftcode-consent-yes = 好的，为我兑换
giftcode-consent-no = 不用了，谢谢
giftcode-dead-expired = 兑换码已过期：不再继续兑换。
giftcode-dead-not-found = 游戏不认识这个兑换码：不再继续兑换。
giftcode-dead-usage-limit = 兑换码已被领完：不再继续兑换。
giftcode-report-title = 🎁 **{ $code }**：{ $done }/{ $total } 位成员
giftcode-report-redeemed = ✅ 已兑换：{ $count }
giftcode-report-already = ☑️ 之前已领取：{ $count }
giftcode-report-furnace = 🔥 熔炉等级不足：{ $count }
giftcode-report-wrong-state = 🗺️ 州不符：{ $count }
giftcode-report-failed = ⚠️ 失败：{ $count }
giftcode-detail-button = 详情
giftcode-detail-title = **{ $code }**，逐个成员的结果：
giftcode-detail-more = ……以及另外 { $count } 位。
giftcode-outcome-redeemed = 已兑换
giftcode-outcome-already-redeemed = 之前已领取
giftcode-outcome-same-type-redeemed = 已领取过同类兑换码
giftcode-outcome-expired = 兑换码已过期
giftcode-outcome-not-found = 游戏不认识这个兑换码
giftcode-outcome-usage-limit = 兑换码已被领完
giftcode-outcome-furnace-too-low = 熔炉等级不足，无法使用此兑换码
giftcode-outcome-spend-required = 需要先充值
giftcode-outcome-vip-required = VIP 等级不足
giftcode-outcome-wrong-state = 该玩家不在 DWOS 记录的州
giftcode-outcome-no-such-player = 游戏中没有这个 ID 的玩家
giftcode-outcome-failed = 游戏没有响应；请稍后再试
giftcode-verify-first = 请先用 /验证 验证你的游戏账号：DWOS 会为你绑定的玩家兑换兑换码。
giftcode-mine = 兑换码 **{ $code }**：{ $outcome }。

# /moderators, /news
cmd-moderators-name = 管理员
cmd-moderators-description = 除拥有“管理服务器”权限的成员外，还有谁在这里管理 DWOS
cmd-moderators-add-description = 将一个身份组或成员设为 DWOS 管理员
cmd-moderators-add-role-description = 其成员担任管理员的身份组
cmd-moderators-add-member-description = 担任管理员的成员
cmd-moderators-remove-description = 移除一个管理员身份组或成员
cmd-moderators-remove-role-description = 身份组
cmd-moderators-remove-member-description = 成员
cmd-moderators-list-description = 列出管理员身份组和成员
cmd-news-name = 公告
cmd-news-description = 在频道中发布公告，可附翻译（管理员）
moderators-need-target = 请指定一个身份组、一个成员，或两者都指定。
moderators-too-many = 一个服务器最多可以有 { $max } 个管理员身份组和 { $max } 位管理员成员。
moderators-list = **DWOS 管理员**（除拥有“管理服务器”权限者外）。身份组：{ $roles }。成员：{ $members }。
log-refused = { $user } 试图执行仅限管理员的操作：{ $what }
news-modal-title = 公告
news-language-label = 语言（en、it、es、de、fr、…）
news-language-placeholder = en
news-title-label = 标题
news-title-placeholder = 猎熊陷阱改到 20:00
news-body-label = 正文
news-body-placeholder = 成员需要知道的内容
news-empty = 公告需要标题和正文。
news-bad-language = 请使用以下语言代码之一：{ $languages }。
news-gone = 这条公告已经不存在了。
news-draft = 这是你的公告。请选择要发布的频道，或先添加一个翻译（翻译：{ $languages }）。
news-pick-channel = 发布到…
news-add-translation = 添加翻译
news-posted = 已发布到 { $channel }。
news-post-failed = 我无法在 { $channel } 发布。请检查 DWOS 是否可以在那里发送消息。
news-translate-button = 翻译
moderators-bad-role = 该身份组不能担任管理员：@everyone 会让所有成员都成为管理员，而托管身份组属于机器人或集成。
news-channel-forbidden = 你无法在该频道发送消息，因此 DWOS 不会代你在那里发布。
giftcode-outcome-opted-out = 已不再绑定或已退出自动兑换：跳过
giftcode-too-many = 你在过去 10 分钟内已兑换了 10 个兑换码；所有服务器共享游戏的兑换速率。请 { $minutes } 分钟后再试。
giftcode-report-skipped = ⏭️ 已跳过（不再绑定或已退出）：{ $count }
privacy-export-button = 导出我的数据
privacy-delete-button = 删除我的数据
privacy-delete-confirm = **要删除 DWOS 在所有服务器中保存的关于你的全部信息吗？** 你的已验证账号、联盟成员身份、活动回复、兑换码结果、你撰写的公告以及偏好设置将被永久删除，DWOS 还会在仍有权限的地方移除它给予的“已验证”身份组和昵称。此操作无法撤销。
privacy-erase-button = 是的，全部删除
privacy-keep-button = 不，保留
privacy-kept = 没有删除任何内容。
privacy-export-ready = 这是 DWOS 在所有服务器中保存的关于你的全部信息，格式为 JSON 文件。
privacy-erased = 完成：已删除关于你的 { $count } 条记录。你可以随时重新验证。
privacy-erasing = 正在删除你的数据…

## Alliances
cmd-alliance-name = 联盟
cmd-alliance-description = 你的联盟：加入、退出、阶级、成员名单
cmd-alliance-create-description = 创建一个联盟并以 R5 身份领导
cmd-alliance-create-name-description = 联盟全称
cmd-alliance-create-tag-description = 与游戏中一致的简称：3 或 4 个字母或数字
cmd-alliance-join-description = 申请加入本服务器的某个联盟
cmd-alliance-leave-description = 退出你的联盟
cmd-alliance-kick-description = 将阶级比你低的成员移出你的联盟（R4 和 R5）
cmd-alliance-kick-member-description = 要移出的成员
cmd-alliance-rank-description = 为你联盟中的成员设置阶级（R4 和 R5）
cmd-alliance-rank-member-description = 成员
cmd-alliance-rank-rank-description = 新阶级（R5 需通过 /联盟 transfer 移交）
cmd-alliance-transfer-description = 将领导权（R5）移交给另一位成员（仅限 R5）
cmd-alliance-transfer-member-description = 新的 R5
cmd-alliance-dissolve-description = 解散你的联盟（仅限 R5）
cmd-alliance-info-description = 联盟的盟主、阶级和人数
cmd-alliance-info-tag-description = 联盟简称（留空则为你的联盟）
cmd-alliance-roster-description = 联盟成员，分页显示
cmd-alliance-roster-sort-description = 按阶级、熔炉等级或名称排序
cmd-alliance-roster-tag-description = 联盟简称（留空则为你的联盟）
alliance-bad-name = 联盟名称须为 1 到 32 个字符的纯文本（不能包含提及、链接或格式）。
alliance-form-title = 新联盟
alliance-form-tag = 与游戏中一致的简称（3-4 个字母或数字）
alliance-form-name = 全称
alliance-verify-first = 请先验证你的游戏账号（/验证）：联盟仅对已验证成员开放。
alliance-leave-first = 你已在 [{ $tag }] 中。请先用 /联盟 leave 退出。
alliance-tag-taken = 本服务器已有简称为 [{ $tag }] 的联盟。
alliance-created = 已创建 [{ $tag }] { $name }。你以 R5 身份领导它。
alliance-permissions = 部分身份组、频道或昵称无法设置：DWOS 需要“管理身份组”、“管理频道”和“管理昵称”权限，且其身份组须高于联盟身份组。详情见日志频道。
alliance-none-yet = 本服务器还没有联盟。使用 /联盟 create 创建一个。
alliance-join-question = 你想加入哪个联盟？我们会询问该联盟的 R4 和 R5。
alliance-unknown = 本服务器上没有联盟 [{ $tag }]。
alliance-not-found = 未找到联盟：请提供简称，或先加入一个联盟。
alliance-request = { $user }（{ $name }）申请加入 [{ $tag }]。
alliance-approve-button = 批准
alliance-deny-button = 拒绝
alliance-request-sent = 你加入 [{ $tag }] 的申请已发送给该联盟的 R4 和 R5。他们回复后你会收到消息。
alliance-request-gone = 没有任何变化：{ $user } 加入 [{ $tag }] 的申请已被处理，或对方已在其他联盟中，或已不再是已验证状态。
alliance-denied = { $actor } 拒绝了 { $user } 加入 [{ $tag }] 的申请。
alliance-approved = { $actor } 已批准 { $user } 成为 [{ $tag }] 的成员。
alliance-welcome = 欢迎加入 [{ $tag }]！一位联盟官员批准了你的申请。
alliance-left = 你已退出 [{ $tag }]。
alliance-not-in-one = 你在本服务器上不属于任何联盟。
alliance-not-member = { $user } 不是 [{ $tag }] 的成员。
alliance-changed-meanwhile = 在此期间，{ $user } 已被其他人修改。请重新查看后再试。
alliance-kicked = { $user } 已不再是 [{ $tag }] 的成员。
alliance-ranked = { $user } 现在是 [{ $tag }] 的 { $rank }。
alliance-transfer-confirm = 要将 [{ $tag }] 的领导权移交给 { $user } 吗？你将成为 R4。
alliance-transfer-button = 移交 R5
alliance-cancel-button = 取消
alliance-cancelled = 已取消：没有任何变化。
alliance-transferred = { $user } 现在以 R5 身份领导 [{ $tag }]。
alliance-dissolve-confirm = 要解散 [{ $tag }] 吗？所有成员都将退出，其身份组将被删除。其频道可以保留（连同聊天记录）或删除。
alliance-dissolve-keep = 解散，保留频道
alliance-dissolve-delete = 解散并删除频道
alliance-dissolved = [{ $tag }] 已解散。
alliance-info = **[{ $tag }] { $name }**
    R5：{ $leader }
    成员：{ $members }（R4：{ $r4 }，R3：{ $r3 }，R2：{ $r2 }，R1：{ $r1 }）
    创建于 { $created }
alliance-roster = **[{ $tag }]**：{ $members } 位成员（第 { $page } 页，共 { $pages } 页）
alliance-sort-rank = 按阶级
alliance-sort-furnace = 按熔炉等级
alliance-sort-name = 按名称
alliance-not-officer = 只有该联盟的 R4 和 R5 才能这样做。
alliance-not-below = 你只能管理阶级低于你的成员。
alliance-not-leader = 只有该联盟的 R5 才能这样做。
alliance-rank-too-high = 请选择 R1 到 R4（R4 最多可以设置 R3）。R5 需通过 /联盟 transfer 移交。
alliance-on-themselves = 你不能对自己这样做（退出请使用 /联盟 leave）。
alliance-rank-unchanged = { $user } 已经是这个阶级了。
log-alliance-permissions = 无法创建或移除 [{ $tag }] 的身份组和频道：{ $reason }
audit-created = { $actor } 创建了 [{ $tag }]，并以 R5 身份领导它。
audit-joined = { $user } 以 { $rank } 身份加入了 [{ $tag }]（由 { $actor } 批准）。
audit-left = { $user } 退出了 [{ $tag }]。
audit-kicked = { $actor } 将 { $user } 移出了 [{ $tag }]。
audit-ranked = { $actor } 将 { $user } 在 [{ $tag }] 中的阶级设为 { $rank }。
audit-transferred = { $actor } 将 [{ $tag }] 的领导权移交给了 { $user }。
audit-succeeded = { $user } 现在以 R5 身份领导 [{ $tag }]：前任 R5 已退出。
audit-dissolved = { $actor } 解散了 [{ $tag }]。

# /setup stats
cmd-setup-stats-description = 创建锁定的语音频道，显示成员、已验证玩家和联盟的数量
setup-stats-made = 统计频道：{ $channels }（数字变化后 10 分钟内会更新频道名称）。
setup-stats-failed = 我无法创建统计频道：DWOS 需要“管理频道”权限。
stats-channel-members = 成员：{ $count }
stats-channel-verified = 已验证：{ $count }
stats-channel-alliances = 联盟：{ $count }

# /language
cmd-language-name = 语言
cmd-language-description = 选择 DWOS 与你交流时使用的语言，适用于所有服务器和私信
cmd-language-language-description = 你的语言（选择“Discord”则重新跟随你的 Discord 应用）
language-set = 从现在起，我会在所有服务器和私信中用中文回复你。
language-automatic = 从现在起，我会重新跟随你的 Discord 应用的语言。

# /dashboard
cmd-dashboard-name = 个人面板
cmd-dashboard-description = 你的专属页面：验证、联盟、语言，以及 DWOS 为你做的事
dashboard-title = **你的 DWOS 个人面板**
dashboard-verified = 已验证：玩家 { $id }，**{ $name }**，{ $state } 州（名称按你填写的内容）
dashboard-not-verified = 你尚未在本服务器验证：请使用 /验证。
dashboard-furnace = 熔炉：{ $furnace }
dashboard-alliance = 联盟：{ $alliance }
dashboard-not-set = 无
dashboard-language = 语言：{ $language }
dashboard-language-discord = 跟随你的 Discord 应用
dashboard-reminder-dms = 本服务器的活动私信提醒：{ $on }
dashboard-auto-redeem = 自动为你兑换兑换码：{ $on }
dashboard-on = 开启
dashboard-off = 关闭
dashboard-hint = 用 /语言 更改语言；用 /隐私 管理你的数据。
dashboard-dm-on-button = 私信提醒我
dashboard-dm-off-button = 停止私信提醒
dashboard-redeem-on-button = 为我自动兑换
dashboard-redeem-off-button = 停止为我兑换

# /registration-help
cmd-registration-help-name = 验证帮助
cmd-registration-help-description = 如何验证：在游戏中哪里找到你的玩家 ID 和州
registration-help-text = **如何通过 DWOS 验证**
    1. 在 WhiteOut Survival 中，点击左上角的头像。你的**玩家 ID** 是名字下方的数字；点击即可复制。
    2. 你的**州**是个人资料和世界地图上 **#** 后面的数字（例如 #245）。
    3. 在这里使用 /验证（或欢迎频道中的“验证”按钮），输入 ID、州编号和你的游戏名。
    DWOS 会向游戏确认该 ID 是否在该州；你的名称和熔炉等级按你填写的内容记录。

# /ticket and /close-ticket
cmd-ticket-name = 工单
cmd-ticket-description = 与管理员开启一段私密对话
cmd-ticket-subject-description = 用几个字说明是什么事
cmd-close-ticket-name = 关闭工单
cmd-close-ticket-description = 关闭你的工单（在工单的子区中则关闭该工单）
ticket-bad-subject = 请填写 1 到 100 个字符的纯文本主题。
ticket-already-open = 你已有一个未关闭的工单：{ $ticket }。请先用 /关闭工单 关闭它，再开新的工单。
ticket-cannot-open = 我无法在这里开启私密子区。请在其他频道尝试，或请管理员授予 DWOS“创建私密子区”权限。
ticket-opening = 来自 { $user } 的工单：**{ $subject }**
    请在这里留言；管理员可以看到这个子区。问题解决后请点击“关闭”。
ticket-close-button = 关闭
ticket-opened = 你的工单已开启：{ $thread }
ticket-none = 你没有未关闭的工单。
ticket-closed = 工单已关闭；摘要已发送到日志频道。
log-ticket-opened = { $user } 开启了工单：**{ $subject }**（{ $thread }）。
log-ticket-closed = 工单已关闭：**{ $subject }**，由 { $user } 于 { $opened } 开启，由 { $by } 于 { $closed } 关闭，共 { $messages } 条消息。

# /rules
cmd-rules-name = 规则
cmd-rules-description = 服务器规则：查看规则；管理员还可以设置、发布和定时发布
cmd-rules-show-description = 显示服务器规则
cmd-rules-set-description = 编写规则（表单）；可选：给所有接受规则者的身份组
cmd-rules-set-role-description = 点击“我接受”后获得的身份组（不得带有管理权限）
cmd-rules-post-description = 发布规则并附带“我接受”按钮
cmd-rules-post-channel-description = 发布规则的频道
cmd-rules-automation-description = 每隔几天重新发布规则（0 表示停止）
cmd-rules-automation-every-days-description = 两次发布之间的天数，1 到 365（0：不再发布）
cmd-rules-log-description = 谁接受了规则，最新的在前
rules-form-title = 服务器规则
rules-form-label = 规则
rules-form-placeholder = 每行一条规则；支持 Markdown。
rules-bad-text = 规则长度须为 1 到 1900 个字符。
rules-saved = 规则已保存。使用 /规则 post 发布。
rules-changed-meanwhile = 你编写期间，另一位管理员修改了规则；没有保存任何内容。请重新打开 /规则 set，从对方的版本开始。
rules-none = 本服务器还没有规则。管理员可以用 /规则 set 编写。
rules-role-elevated = { $role } 带有管理权限或由集成管理：不能分配给所有接受规则的人。
rules-cannot-post = 我无法在该频道发布：请检查 DWOS 和你是否都可以在那里发送消息。
rules-posted = 规则已发布在 { $channel }。
rules-bad-days = 请填写 0 到 365 之间的天数。
rules-post-first = 请先用 /规则 post 发布一次规则；自动发布会在同一频道重新发布。
rules-automation-on = 规则将每 { $days } 天重新发布一次。
rules-automation-off = 规则将不再自动重新发布。
rules-log-empty = 还没有人接受规则。
rules-log-header = **{ $count } 位成员接受了规则**（最新的在前）：
rules-accept-button = 我接受
rules-accepted = 谢谢：已记录你接受了规则。
rules-accepted-before = 你之前已经接受过规则；没有任何变化。
log-rules-role-elevated = 规则身份组 { $role } 现在带有管理权限：DWOS 不再分配它。请用 /规则 set 选择另一个身份组。
