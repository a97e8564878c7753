# Command names and descriptions, sent to Discord by `dwos register-commands`.
cmd-help-name = ヘルプ
cmd-help-description = DWOSでできることを表示します
cmd-stats-name = 統計
cmd-stats-description = このサーバーのメンバー統計を表示します

# /help
help-header = **DWOS — ホワイトアウト・サバイバルの同盟アシスタント**
help-moderators = モデレーター向け：

# Replies to things DWOS does not handle.
unknown-interaction = その操作にはまだ対応していません。`/ヘルプ` でできることを確認してください。
guild-only = このコマンドはサーバー内でのみ使えます。
try-again-later = こちら側で問題が発生しました。1分ほどしてからもう一度お試しください。

# /stats
stats-summary = **{ $guild }**
    メンバー：{ $members }
    現在オンライン：{ $online }
    認証済みプレイヤー：{ $verified }
stats-unavailable = このサーバーの統計を読み取れません。DWOSがこのサーバーのメンバーになっているか確認してください。

# /verify and /reverify
cmd-verify-name = 認証
cmd-verify-description = ホワイトアウト・サバイバルのアカウントをこのサーバーと連携します
cmd-reverify-name = 再認証
cmd-reverify-description = 連携済みのゲームアカウントをゲームで再確認します（王国、ロール、ニックネーム）
verify-modal-title = ゲームアカウントの認証
verify-modal-label = ホワイトアウト・サバイバルのプレイヤーID
verify-modal-placeholder = ゲーム内プロフィールに表示される番号（例：12345678）
verify-state-label = 王国番号
verify-state-placeholder = 王国の # 番号（例：245）。空欄ならこのサーバーの王国
verify-name-label = ゲーム内の名前
verify-name-placeholder = ゲーム内の表示どおりに。ここでのニックネームになります
verify-bad-id = プレイヤーIDではないようです。ゲーム内プロフィールに表示されている番号を入力してください。
verify-bad-state = 王国番号ではないようです。王国の # の後ろにある1〜9999の番号を入力してください。
verify-bad-name = ゲーム内の名前を入力してください：1〜24文字で、@ # < > ` * _ ~ | は使えません。
verify-need-state = 王国番号を入力してください：このサーバーには対象の王国が設定されていません。
verify-start-again = このフォームは古いバージョンのDWOSのものです。もう一度 /認証 を使ってください。
verify-unknown-player = ID { $id } のプレイヤーはゲーム内に存在しません。ゲーム内プロフィールの番号を確認してください。
verify-wrong-state = ゲームによると、プレイヤー { $id } は王国 { $state } にいません。王国番号を確認して、もう一度お試しください。
verify-try-again = もう一度試す
verify-moved-unknown = ゲームによると、プレイヤー { $id } はもう王国 { $state } にいません。近くの王国も探しましたが、移転先が見つかりませんでした。新しい王国番号で /認証 を使ってください。
verify-too-many = 過去30分間に5回試しています。{ $minutes } 分待ってから、もう一度お試しください。
verify-taken = プレイヤーID { $id } は、このサーバーの別のメンバーにすでに連携されています。ご自身のIDであれば、モデレーターに連携解除を依頼してください。
furnace-level = レベル { $level }
furnace-not-declared = 未申告
furnace-question = 大溶鉱炉のレベルはいくつですか？（任意）
furnace-placeholder = 大溶鉱炉のレベルを選択
furnace-skip = スキップ
furnace-noted = 大溶鉱炉レベル { $furnace } を記録しました（自己申告）。
verify-done = 認証完了：ゲームでプレイヤー { $id } が王国 { $state } にいることを確認しました。ここでのニックネームは **{ $nickname }** です（自己申告）。
verify-stored = DWOSはこのサーバー用に、あなたのDiscord IDとこのプレイヤーID、王国、名前、大溶鉱炉レベルを保存し、週に1回ほどIDと王国をゲームで確認します。詳しくは /プライバシー をご覧ください。
verify-refreshed = 確認しました：プレイヤー { $id } は王国 { $state } にいます。名前は **{ $nickname }**、大溶鉱炉は { $furnace } です（自己申告）。
verify-not-linked = このサーバーではまだゲームアカウントを認証していません。先に /認証 を使ってください。
verify-permissions = 認証は完了しましたが、認証済みロールの付与またはニックネームの設定ができませんでした。モデレーターがDWOSに「ロールの管理」と「ニックネームの管理」の権限を与え、DWOSのロールを認証済みロールより上に移動する必要があります。
verify-game-down = ゲームのサーバーが現在応答していません。今回の試行は回数に含まれません。数分間は再試行を続けますが、このメッセージが変わらない場合は、後でもう一度 /認証 をお試しください。
verify-role-name = 認証済み
log-verified = { $user } が { $nickname } として認証しました（ID { $id }、王国 { $state }、名前は自己申告）。
log-permissions = { $user } に認証済みロールまたはニックネームを付与できませんでした：{ $reason }

# /setup and /unlink (moderators)
cmd-setup-name = 設定
cmd-setup-description = 認証の設定：認証済みロール、ログチャンネル、言語を設定し、パネルを投稿します
cmd-setup-role-description = 認証済みメンバーに付与するロール（既定：「認証済み」という名前のロール）
cmd-setup-log-channel-description = DWOSが認証や変更を記録するチャンネル
cmd-setup-language-description = このサーバーでのDWOSの既定の言語
cmd-setup-home-state-description = このサーバーが対象とする王国の番号（/認証 で自動入力されます）
cmd-setup-giftcode-channel-description = 新しいギフトコードの告知と、その引き換え結果の報告を行うチャンネル
cmd-setup-test-player-description = 新しいギフトコードを最初に試すプレイヤーID（モデレーター自身が連携していない場合）
cmd-unlink-name = 連携解除
cmd-unlink-description = メンバーのゲームアカウントの連携を解除し、そのIDを再度認証できるようにします
cmd-unlink-member-description = 連携を解除するメンバー
moderator-only = これはDWOSのモデレーターだけが実行できます：「サーバー管理」権限を持つメンバー、または /モデレーター で指定されたロールとメンバーです。
setup-saved = 設定を保存しました。認証済みロール：{ $role }。ログチャンネル：{ $channel }。言語：{ $language }。サーバーの王国：{ $state }。ギフトコード：{ $giftcodes }。テストプレイヤー：{ $tester }。
setup-not-set = 未設定
setup-panel-failed = 設定は保存しましたが、このチャンネルに認証パネルを投稿できませんでした。DWOSがここでメッセージを送信できるか確認してください。
panel-text = **ようこそ！** このサーバーを利用するには、ホワイトアウト・サバイバルのアカウントを認証してください。ボタンを押して、プレイヤーID、王国、ゲーム内の名前を入力します。IDと王国はゲームで確認され、DWOSはこのサーバー用にあなたのDiscord IDと一緒に保存します（/プライバシー）。
panel-button = 認証する
unlink-done = { $user } とプレイヤー { $nickname }（ID { $id }）の連携を解除しました。このIDは再度認証できます。
unlink-none = { $user } はこのサーバーでゲームアカウントを連携していません。
log-unlinked = { $moderator } が { $user } とプレイヤー { $nickname }（ID { $id }）の連携を解除しました。

# Weekly check
log-transferred = { $user }（{ $nickname }、ID { $id }）が王国 { $old } から王国 #{ $state } に移転しました。
log-transfer-unknown = { $user }（{ $nickname }、ID { $id }）はもう王国 { $old } にいません。近くを探しましたが、新しい王国は見つかりませんでした。本人が /再認証 または /認証 を実行できます。
log-account-gone = { $user }（{ $nickname }、ID { $id }）：3回連続の確認で、ゲームがこのプレイヤーを認識しませんでした。アカウントは削除されたようです。DWOSでは何も削除していません。モデレーターは /連携解除 で連携を解除できます。

# Alliance choice after verification
alliance-question = どの同盟に所属していますか？
alliance-placeholder = 同盟を選択
alliance-none = 同盟なし
alliance-other-state = 別の王国のプレイヤーです
alliance-new-button = 自分の同盟が一覧にない
alliance-bad-tag = 同盟タグは、文字または数字で3〜4文字です。
alliance-done = 完了：あなたは [{ $tag }] の { $rank } です。
alliance-none-done = 完了：同盟なし。
alliance-other-done = 完了：別の王国のプレイヤーとして登録しました。

# /privacy
cmd-privacy-name = プライバシー
cmd-privacy-description = DWOSが保存するあなたの情報と、その削除方法
privacy-notice = **DWOSが保存するあなたの情報**
    • 認証時：あなたのDiscord ID、プレイヤーIDと王国（認証時と、その後は週に1回ほどゲームで確認します）、申告したゲーム内の名前と大溶鉱炉レベル、所属同盟とランク、同意した日時。
    • あなたの選択：言語、あなたの分として引き換えたギフトコード、DMでのリマインダー、イベントへの回答、同意したルール、開いているチケットの件名。
    • 不正防止のため、最後にDWOSを使った日と、過去30分間の認証の試行。
    • それ以外は何も保存しません。メッセージやIPアドレスも保存しません。
    → **目的：** このサーバーで適切なロールとニックネームを付与し、メンバーに同盟の情報を表示するため。
    → **あなたの権利：** 下のボタンで、これらすべてをファイルとしてエクスポートするか、削除できます（DWOSが付与したロールとニックネームも外します）。180日間DWOSを使わなかった場合は、自動的に削除されます。

# /setup refusals: the Verified role goes to everyone who verifies, so it must be harmless.
setup-needs-manage-roles = DWOSが認証済みメンバーに付与するロールを選ぶには、「ロールの管理」権限が必要です。
setup-role-everyone = @everyone は認証済みロールにできません：すべてのメンバーがすでに持っています。
setup-role-managed = { $role } は連携サービスまたはボットによって管理されているため、DWOSはメンバーに付与できません。
setup-role-elevated = { $role } にはモデレーター権限（「管理者」「サーバー管理」「ロールの管理」「メンバーをBAN」「メンバーをキック」など）が含まれています。認証した全員がこれらの権限を得てしまうため、DWOSはこのロールを使いません。これらの権限のないロールを選んでください。
setup-role-above-bot = { $role } はDWOSの最上位ロールより上にあるため、DWOSは付与できません。「サーバー設定 → ロール」でDWOSのロールをそれより上に移動してから、もう一度 /設定 を実行してください。
log-unsafe-role = { $user } に { $role } ロールを付与しませんでした：モデレーター権限を含むか、管理されたロールです。安全なロールを指定して /設定 を実行してください。
setup-role-above-you = { $role } はあなたの最上位ロールより上にあるため、あなたは付与できません。管理者に依頼するか、より下位のロールを選んでください。
setup-bot-needs-manage-roles = 認証済みロールを付与するには、DWOSに「ロールの管理」権限が必要です。DWOSのロールにこの権限を与えてから、もう一度 /設定 を実行してください。

# /event
cmd-event-name = イベント
cmd-event-description = ゲームイベントとそのリマインダー
cmd-event-create-description = 開始前にリマインダーが届くイベントを作成します
cmd-event-create-type-description = ゲームイベントの種類
cmd-event-create-start-description = 初回の開始日時、YYYY-MM-DD HH:MM（下で指定するタイムゾーン）
cmd-event-create-timezone-description = 開始日時のタイムゾーン（既定はゲーム内時刻のUTC）
cmd-event-create-repeat-description = 繰り返しの間隔（既定：このイベントの通常の間隔）
cmd-event-create-reminders-description = 開始の何分前か、カンマ区切り（既定 10,5,0）
cmd-event-create-channel-description = リマインダーの送信先（既定：このチャンネル）
cmd-event-create-role-description = リマインダーでメンションするロール
cmd-event-create-title-description = タイトル（カスタムイベントでは必須）
cmd-event-create-alliance-description = 同盟独自のイベントの場合の同盟タグ（その同盟のR5が作成）
cmd-event-list-description = このサーバーの今後のイベント
cmd-event-cancel-description = イベントを中止します
cmd-event-cancel-event-description = イベントのID（/イベント list で確認できます）
cmd-event-pause-description = イベントのリマインダーを一時停止します
cmd-event-pause-event-description = イベントのID（/イベント list で確認できます）
cmd-event-resume-description = イベントのリマインダーを再開します
cmd-event-resume-event-description = イベントのID（/イベント list で確認できます）
event-type-bear-trap = 熊狩行動
event-type-crazy-joe = Crazy Joe
event-type-foundry = 兵器工場争奪戦
event-type-canyon-clash = 峡谷合戦
event-type-fortress = 要塞争奪戦
event-type-frostfire-mine = 燃霜鉱区
event-type-castle-battle = 王城決戦
event-type-svs = 最強王国（SvS）
event-type-mercenary-prestige = Mercenary Prestige
event-type-daily-reset = デイリーリセット
event-type-custom = イベント
repeat-once = 1回のみ
repeat-daily = 毎日
repeat-every-2-days = 2日ごと
repeat-weekly = 毎週
repeat-every-2-weeks = 2週間ごと
repeat-every-4-weeks = 4週間ごと
repeat-monthly = 毎月
event-bad-start = 開始日時「{ $start }」を読み取れません。YYYY-MM-DD HH:MM の形式で入力してください（例：2026-12-01 18:30）。
event-bad-zone = 「{ $zone }」は認識できないタイムゾーンです。一覧から選んでください（例：Asia/Tokyo や UTC）。
event-past = その開始日時は過去で、このイベントは繰り返しません。もっと後の日時を指定してください。
event-bad-reminders = リマインダー「{ $reminders }」を読み取れません。開始の何分前かをカンマ区切りで入力してください（例：30,10,0）。
event-too-many-reminders = リマインダーは1つのイベントにつき最大 { $max } 件です。
event-reminder-too-early = リマインダーは開始の最大 { $max } 分前までです（前回の開催より前にはできず、最長1週間です）。
event-title-needed = カスタムイベントにはタイトルが必要です。
event-bad-title = タイトルは最大 { $max } 文字で、メンション、リンク、書式は使えません。
event-moderators-or-officers = サーバーのイベントを管理できるのはモデレーターだけです。同盟のイベントはその同盟のR5が管理します。
event-needs-rank = [{ $tag }] のイベントを作成できるのは、その同盟のR5（またはモデレーター）だけです。
event-channel-not-yours = あなたは { $channel } に投稿できないため、リマインダーもそこには送れません。書き込みできるチャンネルを選んでください。
event-role-not-mentionable = { $role } は誰でもメンションできるロールではありません。リマインダーでこのロールに通知を送れるのは、すべてのロールをメンションできるメンバーだけです。
event-created = **{ $title }** を登録しました（ID `{ $id }`）。次回：{ $next }。
event-none = このサーバーに予定されているイベントはありません。/イベント create で作成してください。
event-list-header = **今後のイベント**
event-list-line = `{ $id }` **{ $title }**：{ $next }（{ $repeat }）
event-paused-tag = （一時停止中）
event-not-found = このサーバーにそのIDのイベントはありません。IDは /イベント list で確認できます。
event-cancelled = **{ $title }**（`{ $id }`）を中止しました。今後リマインダーは送られません。
event-paused = **{ $title }** を一時停止しました：/イベント resume までリマインダーは送られません。
event-resumed = **{ $title }** を再開しました。
reminder-starts = **{ $title }** が { $when } に始まります。
reminder-now = **{ $title }** が今から始まります！
log-event-channel-lost = { $channel } に **{ $title }**（`{ $id }`）のリマインダーを投稿できなくなったため（{ $reason }）、イベントを一時停止しました。DWOSにチャンネルへのアクセス権を与えてから、/イベント resume を実行してください。
cmd-event-edit-description = イベントを変更します：指定したオプションだけが変更されます
cmd-event-edit-event-description = イベントのID（/イベント list で確認できます）
cmd-event-edit-start-description = 新しい初回の開始日時、YYYY-MM-DD HH:MM
cmd-event-edit-timezone-description = 開始日時の新しいタイムゾーン
cmd-event-edit-repeat-description = 新しい繰り返し間隔
cmd-event-edit-reminders-description = 新しいリマインダー、開始の何分前か、カンマ区切り
cmd-event-edit-channel-description = リマインダーの新しい送信先チャンネル
cmd-event-edit-role-description = 新しくメンションするロール
cmd-event-edit-title-description = 新しいタイトル
cmd-event-edit-clear-description = ロール（通知を止める）またはカスタムタイトルを削除します
event-updated = **{ $title }**（`{ $id }`）を更新しました。次回：{ $next }。
event-list-page = { $page }/{ $pages } ページ
event-announcement = **{ $title }**：次回 { $next }（{ $repeat }）。リマインダーは開始の { $reminders } 分前です。
event-button-dm = DMで通知を受け取る
event-button-going = 参加（{ $count }）
event-button-not-going = 不参加（{ $count }）
event-dm-on = **{ $title }** のリマインダーをDMでも受け取ります。停止するにはもう一度ボタンを押してください。
event-dm-off = **{ $title }** のDM通知を停止しました。

# /giftcode
cmd-giftcode-name = ギフトコード
cmd-giftcode-description = ギフトコード：追加、一覧、引き換え、自動引き換え
cmd-giftcode-add-description = ギフトコードを追加し、自動引き換えに同意した全メンバー分を引き換えます（モデレーター用）
cmd-giftcode-add-code-description = ゲームに表示されるとおりのコード
cmd-giftcode-list-description = このサーバーでまだ有効なギフトコード
cmd-giftcode-redeem-description = 連携済みのプレイヤーでギフトコードを今すぐ引き換えます
cmd-giftcode-redeem-code-description = ゲームに表示されるとおりのコード
cmd-giftcode-auto-description = 新しいギフトコードをDWOSに自動で引き換えてもらうか、それをやめます
cmd-giftcode-auto-mode-description = オンまたはオフ
giftcode-bad-code = ギフトコードではないようです：4〜20文字の英数字で、スペースは含みません。
giftcode-no-tester = コードを最初に試すプレイヤーが1人必要です：/認証 で自分のアカウントを認証するか、/設定 test_player でテストプレイヤーを設定してください（サーバーの王国も設定してください）。
giftcode-game-busy = テスト引き換えにゲームが応答しませんでした。告知はしていません。数分後にもう一度お試しください。
giftcode-test-inconclusive = テスト引き換えの結果：{ $outcome }。これではコードが有効か分からないため、告知はしていません。/設定 でテストプレイヤーを確認してください。
giftcode-added = ギフトコード **{ $code }** は有効です（テスト：{ $outcome }）。告知を行い、自動引き換えに同意した { $count } 人のメンバー分を引き換えています。
giftcode-again = ギフトコード **{ $code }** は以前に追加されています。自動引き換えに同意した { $count } 人のメンバー分を引き換えます。すでに受け取ったメンバーには再度試しません。
giftcode-announcement = 🎁 新しいギフトコード：**{ $code }**。ボタンを押すと、連携済みのプレイヤーで引き換えられます。/ギフトコード auto で自動引き換えをオンにすることもできます。
giftcode-redeem-button = 自分の分を引き換える
giftcode-list-empty = このサーバーに有効なギフトコードはありません。
giftcode-list-title = **有効なギフトコード**
giftcode-list-line = **{ $code }**（{ $added } に追加）：{ $done }/{ $total } 人完了
giftcode-auto-on = 完了：DWOSが新しいギフトコードを連携済みのプレイヤーで引き換えます。そのためにゲームへ送信するのは、あなたのプレイヤーID、王国、コードだけです。/ギフトコード auto off でいつでもオフにできます。
giftcode-auto-off = 完了：DWOSはギフトコードを自動で引き換えなくなります。「自分の分を引き換える」ボタンは引き続き使えます。
giftcode-consent = **ギフトコード：** 新しいギフトコードをDWOSが自動で引き換えてもよいですか？ゲームへ送信するのは、あなたのプレイヤーID、王国、コードだけです。/ギフトコード auto でいつでも変更できます。
giftcode-consent-yes = はい、引き換えてください
giftcode-consent-no = いいえ、結構です
giftcode-dead-expired = コードの有効期限が切れています：これ以上の引き換えは行いません。
giftcode-dead-not-found = ゲームがこのコードを認識しません：これ以上の引き換えは行いません。
giftcode-dead-usage-limit = コードの使用上限に達しました：これ以上の引き換えは行いません。
giftcode-report-title = 🎁 **{ $code }**：{ $done }/{ $total } 人
giftcode-report-redeemed = ✅ 引き換え完了：{ $count }
giftcode-report-already = ☑️ 受け取り済み：{ $count }
giftcode-report-furnace = 🔥 大溶鉱炉レベル不足：{ $count }
giftcode-report-wrong-state = 🗺️ 王国違い：{ $count }
giftcode-report-failed = ⚠️ 失敗：{ $count }
giftcode-detail-button = 詳細
giftcode-detail-title = **{ $code }**、メンバー別の結果：
giftcode-detail-more = …ほか { $count } 人。
giftcode-outcome-redeemed = 引き換え完了
giftcode-outcome-already-redeemed = すでに受け取り済み
giftcode-outcome-same-type-redeemed = 同じ種類のコードを受け取り済み
giftcode-outcome-expired = コードの有効期限切れ
giftcode-outcome-not-found = ゲームに存在しないコード
giftcode-outcome-usage-limit = コードの使用上限に到達
giftcode-outcome-furnace-too-low = このコードには大溶鉱炉レベルが不足
giftcode-outcome-spend-required = 先に購入が必要
giftcode-outcome-vip-required = VIPレベルが不足
giftcode-outcome-wrong-state = DWOSが把握している王国にプレイヤーがいない
giftcode-outcome-no-such-player = このIDのプレイヤーはゲームに存在しない
giftcode-outcome-failed = ゲームが応答せず。後でもう一度お試しください
giftcode-verify-first = 先に /認証 でゲームアカウントを認証してください：DWOSは連携済みのプレイヤーでコードを引き換えます。
giftcode-mine = ギフトコード **{ $code }**：{ $outcome }。

# /moderators, /news
cmd-moderators-name = モデレーター
cmd-moderators-description = 「サーバー管理」権限を持つメンバー以外に、ここでDWOSのモデレーターを務める人
cmd-moderators-add-description = ロールまたはメンバーをDWOSのモデレーターにします
cmd-moderators-add-role-description = メンバーがモデレーターになるロール
cmd-moderators-add-member-description = モデレーターにするメンバー
cmd-moderators-remove-description = モデレーターのロールまたはメンバーを外します
cmd-moderators-remove-role-description = ロール
cmd-moderators-remove-member-description = メンバー
cmd-moderators-list-description = モデレーターのロールとメンバーの一覧
cmd-news-name = お知らせ
cmd-news-description = 翻訳付きでチャンネルにお知らせを投稿します（モデレーター用）
moderators-need-target = ロール、メンバー、またはその両方を指定してください。
moderators-too-many = 1つのサーバーに設定できるのは、モデレーターのロール最大 { $max } 個と、モデレーターのメンバー最大 { $max } 人までです。
moderators-list = **DWOSのモデレーター**（「サーバー管理」権限を持つメンバー以外）。ロール：{ $roles }。メンバー：{ $members }。
log-refused = { $user } がモデレーター専用の操作を試みました：{ $what }
news-modal-title = お知らせ
news-language-label = 言語（en、it、es、de、fr など）
news-language-placeholder = en
news-title-label = タイトル
news-title-placeholder = 熊狩行動は20:00に変更
news-body-label = 本文
news-body-placeholder = メンバーに知らせたいこと
news-empty = お知らせにはタイトルと本文が必要です。
news-bad-language = 次のいずれかの言語コードを使ってください：{ $languages }。
news-gone = そのお知らせはもう存在しません。
news-draft = 投稿内容はこちらです。投稿先のチャンネルを選ぶか、先に翻訳を追加してください（翻訳：{ $languages }）。
news-pick-channel = 投稿先…
news-add-translation = 翻訳を追加
news-posted = { $channel } に投稿しました。
news-post-failed = { $channel } に投稿できませんでした。DWOSがそこでメッセージを送信できるか確認してください。
news-translate-button = 翻訳する
moderators-bad-role = そのロールはモデレーターにできません：@everyone だと全メンバーがモデレーターになってしまい、管理されたロールはボットや連携サービスのものです。
news-channel-forbidden = あなたはそのチャンネルでメッセージを送信できないため、DWOSが代わりに投稿することもできません。
giftcode-outcome-opted-out = 連携または同意が解除されたためスキップ
giftcode-too-many = 過去10分間に10個のコードを引き換えました。ゲームへの送信ペースはすべてのサーバーで共有されています。{ $minutes } 分後にもう一度お試しください。
giftcode-report-skipped = ⏭️ スキップ（連携または同意が解除済み）：{ $count }
privacy-export-button = データをエクスポート
privacy-delete-button = データを削除
privacy-delete-confirm = **すべてのサーバーで、DWOSが保存しているあなたの情報をすべて削除しますか？** 認証済みアカウント、同盟の所属、イベントへの回答、ギフトコードの結果、あなたが書いたお知らせ、各種設定が完全に削除されます。また、DWOSが付与した認証済みロールとニックネームも、可能な範囲で外します。この操作は取り消せません。
privacy-erase-button = はい、すべて削除します
privacy-keep-button = いいえ、残します
privacy-kept = 何も削除していません。
privacy-export-ready = DWOSがすべてのサーバーで保存しているあなたの情報を、JSONファイルでお送りします。
privacy-erased = 完了：あなたに関する { $count } 件の記録を削除しました。いつでも再度認証できます。
privacy-erasing = データを削除しています…

## Alliances
cmd-alliance-name = 同盟
cmd-alliance-description = あなたの同盟：加入、脱退、ランク、メンバー名簿
cmd-alliance-create-description = 同盟を作成し、R5として率います
cmd-alliance-create-name-description = 同盟の正式名称
cmd-alliance-create-tag-description = ゲームに表示されるタグ：文字または数字で3〜4文字
cmd-alliance-join-description = このサーバーの同盟への加入を申請します
cmd-alliance-leave-description = 同盟から脱退します
cmd-alliance-kick-description = 自分よりランクが下のメンバーを同盟から外します（R4・R5）
cmd-alliance-kick-member-description = 外すメンバー
cmd-alliance-rank-description = 同盟のメンバーにランクを付与します（R4・R5）
cmd-alliance-rank-member-description = 対象のメンバー
cmd-alliance-rank-rank-description = 新しいランク（R5の交代は /同盟 transfer で行います）
cmd-alliance-transfer-description = 同盟のリーダー（R5）を別のメンバーに譲ります（R5のみ）
cmd-alliance-transfer-member-description = 新しいR5
cmd-alliance-dissolve-description = 同盟を解散します（R5のみ）
cmd-alliance-info-description = 同盟のリーダー、ランク構成、人数
cmd-alliance-info-tag-description = 同盟のタグ（空欄なら自分の同盟）
cmd-alliance-roster-description = 同盟のメンバー一覧（ページ単位）
cmd-alliance-roster-sort-description = ランク、大溶鉱炉レベル、名前で並べ替え
cmd-alliance-roster-tag-description = 同盟のタグ（空欄なら自分の同盟）
alliance-bad-name = 同盟名は1〜32文字のプレーンテキストです（メンション、リンク、書式は使えません）。
alliance-form-title = 新しい同盟
alliance-form-tag = ゲーム内のタグ（文字または数字で3〜4文字）
alliance-form-name = 正式名称
alliance-verify-first = 先にゲームアカウントを認証してください（/認証）：同盟は認証済みメンバー向けの機能です。
alliance-leave-first = あなたは [{ $tag }] に所属しています。先に /同盟 leave で脱退してください。
alliance-tag-taken = このサーバーには、タグ [{ $tag }] の同盟がすでにあります。
alliance-created = [{ $tag }] { $name } を作成しました。あなたがR5として率います。
alliance-permissions = 一部のロール、チャンネル、ニックネームを設定できませんでした：DWOSには「ロールの管理」「チャンネルの管理」「ニックネームの管理」の権限と、同盟ロールより上に配置された自身のロールが必要です。詳細はログチャンネルを確認してください。
alliance-none-yet = このサーバーにはまだ同盟がありません。/同盟 create で作成してください。
alliance-join-question = どの同盟に加入しますか？その同盟のR4とR5に確認が送られます。
alliance-unknown = このサーバーに同盟 [{ $tag }] はありません。
alliance-not-found = 同盟が見つかりません：タグを指定するか、先に同盟に加入してください。
alliance-request = { $user }（{ $name }）が [{ $tag }] への加入を申請しています。
alliance-approve-button = 承認
alliance-deny-button = 拒否
alliance-request-sent = [{ $tag }] への加入申請を、その同盟のR4とR5に送りました。回答があるとメッセージが届きます。
alliance-request-gone = 変更はありません：{ $user } の [{ $tag }] への加入申請はすでに処理済みか、本人が別の同盟に所属している、または認証が解除されています。
alliance-denied = { $actor } が { $user } の [{ $tag }] への加入申請を拒否しました。
alliance-approved = { $actor } が { $user } を [{ $tag }] のメンバーとして承認しました。
alliance-welcome = [{ $tag }] へようこそ！幹部があなたの申請を承認しました。
alliance-left = [{ $tag }] から脱退しました。
alliance-not-in-one = あなたはこのサーバーでどの同盟にも所属していません。
alliance-not-member = { $user } は [{ $tag }] のメンバーではありません。
alliance-changed-meanwhile = その間に別の人が { $user } の情報を変更しました。もう一度確認してからやり直してください。
alliance-kicked = { $user } は [{ $tag }] のメンバーではなくなりました。
alliance-ranked = { $user } は [{ $tag }] の { $rank } になりました。
alliance-transfer-confirm = [{ $tag }] のR5を { $user } に譲りますか？あなたはR4になります。
alliance-transfer-button = R5を譲る
alliance-cancel-button = キャンセル
alliance-cancelled = キャンセルしました：何も変更していません。
alliance-transferred = { $user } が [{ $tag }] のR5になりました。
alliance-dissolve-confirm = [{ $tag }] を解散しますか？全メンバーが脱退し、同盟のロールは削除されます。チャンネルは（履歴ごと）残すことも、削除することもできます。
alliance-dissolve-keep = 解散してチャンネルを残す
alliance-dissolve-delete = 解散してチャンネルを削除
alliance-dissolved = [{ $tag }] は解散しました。
alliance-info = **[{ $tag }] { $name }**
    R5：{ $leader }
    メンバー：{ $members }（R4：{ $r4 }、R3：{ $r3 }、R2：{ $r2 }、R1：{ $r1 }）
    設立：{ $created }
alliance-roster = **[{ $tag }]**：メンバー { $members } 人（{ $page }/{ $pages } ページ）
alliance-sort-rank = ランク順
alliance-sort-furnace = 大溶鉱炉レベル順
alliance-sort-name = 名前順
alliance-not-officer = これを実行できるのは同盟のR4とR5だけです。
alliance-not-below = 管理できるのは、自分よりランクが下のメンバーだけです。
alliance-not-leader = これを実行できるのは同盟のR5だけです。
alliance-rank-too-high = R1〜R4から選んでください（R4が付与できるのはR3までです）。R5の交代は /同盟 transfer で行います。
alliance-on-themselves = 自分自身には実行できません（脱退するには /同盟 leave を使ってください）。
alliance-rank-unchanged = { $user } はすでにそのランクです。
log-alliance-permissions = [{ $tag }] のロールとチャンネルを作成または削除できませんでした：{ $reason }
audit-created = { $actor } が [{ $tag }] を作成し、R5として率いています。
audit-joined = { $user } が { $rank } として [{ $tag }] に加入しました（承認：{ $actor }）。
audit-left = { $user } が [{ $tag }] から脱退しました。
audit-kicked = { $actor } が { $user } を [{ $tag }] から外しました。
audit-ranked = { $actor } が { $user } を [{ $tag }] の { $rank } にしました。
audit-transferred = { $actor } が [{ $tag }] のR5を { $user } に譲りました。
audit-succeeded = 前のR5が脱退したため、{ $user } が [{ $tag }] のR5になりました。
audit-dissolved = { $actor } が [{ $tag }] を解散しました。

# /setup stats
cmd-setup-stats-description = メンバー数、認証済みプレイヤー数、同盟数を表示するロックされたボイスチャンネルを作成します
setup-stats-made = 統計チャンネル：{ $channels }（数値が変わると10分以内にチャンネル名が更新されます）。
setup-stats-failed = 統計チャンネルを作成できませんでした：DWOSに「チャンネルの管理」権限が必要です。
stats-channel-members = メンバー：{ $count }
stats-channel-verified = 認証済み：{ $count }
stats-channel-alliances = 同盟：{ $count }

# /language
cmd-language-name = 言語
cmd-language-description = DWOSがあなたに使う言語を選びます（すべてのサーバーとDMで）
cmd-language-language-description = あなたの言語（「Discord」を選ぶと再びDiscordアプリの言語に従います）
language-set = これからは、すべてのサーバーとDMで日本語でお答えします。
language-automatic = これからは、再びDiscordアプリの言語に従います。

# /dashboard
cmd-dashboard-name = ダッシュボード
cmd-dashboard-description = あなた専用のページ：認証、同盟、言語、DWOSがあなたのために行うこと
dashboard-title = **あなたのDWOSダッシュボード**
dashboard-verified = 認証済み：プレイヤー { $id }、**{ $name }**、王国 { $state }（名前は自己申告）
dashboard-not-verified = このサーバーではまだ認証していません：/認証 を使ってください。
dashboard-furnace = 大溶鉱炉：{ $furnace }
dashboard-alliance = 同盟：{ $alliance }
dashboard-not-set = なし
dashboard-language = 言語：{ $language }
dashboard-language-discord = Discordアプリと同じ
dashboard-reminder-dms = このサーバーのイベントリマインダーをDMで受け取る：{ $on }
dashboard-auto-redeem = ギフトコードの自動引き換え：{ $on }
dashboard-on = オン
dashboard-off = オフ
dashboard-hint = 言語は /言語 で、データは /プライバシー で変更できます。
dashboard-dm-on-button = リマインダーをDMで受け取る
dashboard-dm-off-button = DMのリマインダーを停止
dashboard-redeem-on-button = コードを自動で引き換える
dashboard-redeem-off-button = 自動引き換えを停止

# /registration-help
cmd-registration-help-name = 認証ヘルプ
cmd-registration-help-description = 認証の方法：ゲーム内でプレイヤーIDと王国番号を確認する場所
registration-help-text = **DWOSで認証する方法**
    1. ホワイトアウト・サバイバルで、左上のアバターをタップします。名前の下にある番号があなたの**プレイヤーID**です。タップするとコピーできます。
    2. **王国**番号は、プロフィールとワールドマップに表示される **#** の後ろの番号です（例：#245）。
    3. ここで /認証（または歓迎チャンネルの「認証する」ボタン）を使い、ID、王国番号、ゲーム内の名前を入力します。
    DWOSは、そのIDがその王国にいるかをゲームに確認します。名前と大溶鉱炉レベルは自己申告のまま記録されます。

# /ticket and /close-ticket
cmd-ticket-name = チケット
cmd-ticket-description = モデレーターとの非公開の会話を始めます
cmd-ticket-subject-description = 内容を簡単に
cmd-close-ticket-name = チケットを閉じる
cmd-close-ticket-description = 自分のチケットを閉じます（チケットのスレッド内では、そのチケット）
ticket-bad-subject = 件名は1〜100文字のプレーンテキストで入力してください。
ticket-already-open = すでに開いているチケットがあります：{ $ticket }。新しく開く前に /チケットを閉じる で閉じてください。
ticket-cannot-open = ここではプライベートスレッドを開けませんでした。別のチャンネルで試すか、DWOSに「プライベートスレッドの作成」権限を与えるようモデレーターに依頼してください。
ticket-opening = { $user } からのチケット：**{ $subject }**
    ここに書き込んでください。モデレーターはこのスレッドを見ています。解決したら「閉じる」を押してください。
ticket-close-button = 閉じる
ticket-opened = チケットを開きました：{ $thread }
ticket-none = 開いているチケットはありません。
ticket-closed = チケットを閉じました。概要をログチャンネルに送信しました。
log-ticket-opened = { $user } がチケットを開きました：**{ $subject }**（{ $thread }）。
log-ticket-closed = チケット終了：**{ $subject }**（作成：{ $user }、開始：{ $opened }、終了：{ $closed }、終了した人：{ $by }、メッセージ { $messages } 件）。

# /rules
cmd-rules-name = ルール
cmd-rules-description = サーバーのルール：表示できます。モデレーターは設定・投稿・定期投稿もできます
cmd-rules-show-description = サーバーのルールを表示します
cmd-rules-set-description = ルールを書きます（フォーム）。任意で、同意した全員に付与するロールも指定できます
cmd-rules-set-role-description = 「同意します」で付与するロール（モデレーター権限を含まないもの）
cmd-rules-post-description = 「同意します」ボタン付きでルールを投稿します
cmd-rules-post-channel-description = 投稿先のチャンネル
cmd-rules-automation-description = 数日ごとにルールを再投稿します（0で停止）
cmd-rules-automation-every-days-description = 投稿の間隔（日数）、1〜365（0：今後は投稿しない）
cmd-rules-log-description = ルールに同意した人（新しい順）
rules-form-title = サーバーのルール
rules-form-label = ルール
rules-form-placeholder = 1行に1つのルール。Markdownが使えます。
rules-bad-text = ルールは1〜1900文字です。
rules-saved = ルールを保存しました。/ルール post で投稿してください。
rules-changed-meanwhile = 書いている間に別のモデレーターがルールを変更したため、何も保存されませんでした。もう一度 /ルール set を開き、そのモデレーターのバージョンから始めてください。
rules-none = このサーバーにはまだルールがありません。モデレーターが /ルール set で作成します。
rules-role-elevated = { $role } はモデレーター権限を含むか、連携サービスによって管理されているため、同意した全員に付与することはできません。
rules-cannot-post = そのチャンネルに投稿できません：DWOSとあなたがそこでメッセージを送信できるか確認してください。
rules-posted = ルールを { $channel } に投稿しました。
rules-bad-days = 0〜365の日数を指定してください。
rules-post-first = まず /ルール post でルールを一度投稿してください。自動投稿はそのチャンネルに再投稿します。
rules-automation-on = ルールは { $days } 日ごとに再投稿されます。
rules-automation-off = ルールは今後、自動で再投稿されません。
rules-log-empty = まだ誰もルールに同意していません。
rules-log-header = **{ $count } 人のメンバーがルールに同意しました**（新しい順）：
rules-accept-button = 同意します
rules-accepted = ありがとうございます：ルールへの同意を記録しました。
rules-accepted-before = すでにルールに同意済みです。変更はありません。
log-rules-role-elevated = ルールのロール { $role } にモデレーター権限が含まれるようになったため、DWOSはこのロールを付与しなくなりました。/ルール set で別のロールを選んでください。
