# Command names and descriptions, sent to Discord by `dwos register-commands`.
cmd-help-name = довідка
cmd-help-description = Що DWOS може зробити для тебе
cmd-stats-name = статистика
cmd-stats-description = Статистика учасників цього сервера

# /help
help-header = **DWOS — твій помічник альянсу у WhiteOut Survival**
help-moderators = Для модераторів:

# Replies to things DWOS does not handle.
unknown-interaction = Цього я ще не вмію. Спробуй `/довідка`, щоб побачити, що я можу.
guild-only = Ця команда працює лише на сервері.
try-again-later = Щось пішло не так з мого боку. Спробуй ще раз за хвилину.

# /stats
stats-summary = **{ $guild }**
    Учасників: { $members }
    Зараз онлайн: { $online }
    Верифікованих гравців: { $verified }
stats-unavailable = Не можу прочитати статистику цього сервера. Переконайся, що DWOS є учасником цього сервера.

# /verify and /reverify
cmd-verify-name = верифікація
cmd-verify-description = Прив'язати твій акаунт WhiteOut Survival до цього сервера
cmd-reverify-name = повторна-верифікація
cmd-reverify-description = Ще раз звірити прив'язаний ігровий акаунт із грою (штат, роль, нікнейм)
verify-modal-title = Верифікація ігрового акаунта
verify-modal-label = Твій ID гравця у WhiteOut Survival
verify-modal-placeholder = Число у твоєму профілі в грі, напр. 12345678
verify-state-label = Номер твого штату
verify-state-placeholder = # твого штату, напр. 245 (порожньо: штат цього сервера)
verify-name-label = Твоє ім'я в грі
verify-name-placeholder = Як у грі; воно стане твоїм нікнеймом тут
verify-bad-id = Це не схоже на ID гравця. Це число, яке показано у твоєму профілі в грі.
verify-bad-state = Це не схоже на номер штату. Це число після # у назві твого штату, від 1 до 9999.
verify-bad-name = Введи своє ім'я в грі: від 1 до 24 символів, без @ # < > ` * _ ~ |.
verify-need-state = Введи номер свого штату: на цьому сервері не задано домашній штат.
verify-start-again = Ця форма з попередньої версії DWOS. Скористайся /верифікація ще раз.
verify-unknown-player = У грі немає гравця з ID { $id }. Перевір число у своєму профілі в грі.
verify-wrong-state = За даними гри, гравець { $id } не перебуває у штаті { $state }. Перевір номер свого штату і спробуй ще раз.
verify-try-again = Спробувати ще раз
verify-moved-unknown = За даними гри, гравець { $id } більше не перебуває у штаті { $state }, а новий штат поблизу я не знайшов. Скористайся /верифікація з номером свого нового штату.
verify-too-many = За останні 30 хвилин було вже 5 спроб. Зачекай { $minutes ->
        [one] { $minutes } хвилину
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    } і спробуй знову.
verify-taken = ID гравця { $id } уже прив'язано до іншого учасника цього сервера. Якщо це твій ID, попроси модератора відв'язати його.
furnace-level = Рівень { $level }
furnace-not-declared = не вказано
furnace-question = Який рівень твоєї печі? (необов'язково)
furnace-placeholder = Обери рівень печі
furnace-skip = Пропустити
furnace-noted = Рівень печі { $furnace } записано (з твоїх слів).
verify-done = Верифікацію пройдено: гра підтвердила гравця { $id } у штаті { $state }. Твій нікнейм тут — **{ $nickname }** (з твоїх слів).
verify-stored = Для цього сервера DWOS зберігає твій Discord ID разом із цим ID гравця, штатом, ім'ям і рівнем печі та приблизно раз на тиждень звіряє ID і штат із грою. Докладніше — у /конфіденційність.
verify-refreshed = Перевірено: гравець { $id } у штаті { $state }. Твоє ім'я — **{ $nickname }**, піч { $furnace } (з твоїх слів).
verify-not-linked = Твій ігровий акаунт тут ще не верифіковано. Спершу скористайся /верифікація.
verify-permissions = Верифікацію пройдено, але я не зміг видати тобі роль Верифікований або змінити нікнейм. Модератор має надати DWOS дозволи «Керувати ролями» і «Керувати нікнеймами» та перемістити його роль вище за роль Верифікований.
verify-game-down = Сервери гри зараз не відповідають. Ця спроба не рахується; я пробуватиму ще кілька хвилин, і якщо це повідомлення не зміниться, спробуй /верифікація пізніше.
verify-role-name = Верифікований
log-verified = { $user }: верифікацію пройдено як { $nickname } (ID { $id }, штат { $state }; ім'я зі слів гравця).
log-permissions = Не вдалося видати учаснику { $user } роль Верифікований або нікнейм: { $reason }

# /setup and /unlink (moderators)
cmd-setup-name = налаштування
cmd-setup-description = Налаштувати верифікацію: роль Верифікований, канал журналу, мову — і опублікувати панель
cmd-setup-role-description = Роль для верифікованих учасників (типово: роль із назвою Верифікований)
cmd-setup-log-channel-description = Канал, куди DWOS записує верифікації та зміни
cmd-setup-language-description = Типова мова DWOS на цьому сервері
cmd-setup-home-state-description = Номер штату, для якого створено цей сервер (підставляється в /верифікація)
cmd-setup-giftcode-channel-description = Канал для оголошень нових подарункових кодів і звітів про їх активацію
cmd-setup-test-player-description = ID гравця, на якому спершу перевіряють новий код, якщо модератор не має прив'язаного
cmd-unlink-name = відкріпити
cmd-unlink-description = Відв'язати ігровий акаунт учасника, щоб цей ID можна було верифікувати знову
cmd-unlink-member-description = Учасник, якого треба відв'язати
moderator-only = Це можуть робити лише модератори DWOS: учасники з дозволом «Керувати сервером» або ролі й учасники, додані через /модератори.
setup-saved = Налаштування збережено. Роль верифікованих: { $role }. Канал журналу: { $channel }. Мова: { $language }. Домашній штат: { $state }. Подарункові коди: { $giftcodes }. Тестовий гравець: { $tester }.
setup-not-set = не задано
setup-panel-failed = Налаштування збережено, але я не зміг опублікувати панель верифікації в цьому каналі. Перевір, чи може DWOS надсилати тут повідомлення.
panel-text = **Ласкаво просимо!** Пройди верифікацію свого акаунта WhiteOut Survival, щоб отримати доступ до цього сервера: натисни кнопку та введи ID гравця, штат і ім'я в грі. Гра підтверджує ID і штат; DWOS зберігає їх разом із твоїм Discord ID для цього сервера (/конфіденційність).
panel-button = Пройти верифікацію
unlink-done = Учасника { $user } відв'язано від гравця { $nickname } (ID { $id }). Тепер цей ID можна верифікувати знову.
unlink-none = { $user } не має прив'язаного ігрового акаунта на цьому сервері.
log-unlinked = { $moderator }: учасника { $user } відв'язано від гравця { $nickname } (ID { $id }).

# Weekly check
log-transferred = { $user } ({ $nickname }, ID { $id }): перехід зі штату { $old } до штату #{ $state }.
log-transfer-unknown = { $user } ({ $nickname }, ID { $id }) більше не у штаті { $old }, а новий штат поблизу я не знайшов. Можна скористатися /повторна-верифікація або /верифікація.
log-account-gone = { $user } ({ $nickname }, ID { $id }): гра не знаходить цього гравця вже три перевірки поспіль. Схоже, акаунт видалено; нічого не прибрано, модератор може відв'язати його через /відкріпити.

# Alliance choice after verification
alliance-question = У якому ти альянсі?
alliance-placeholder = Обери свій альянс
alliance-none = Без альянсу
alliance-other-state = Я з іншого штату
alliance-new-button = Мого альянсу тут немає
alliance-bad-tag = Тег альянсу — це 3 або 4 літери чи цифри.
alliance-done = Готово: ти { $rank } у [{ $tag }].
alliance-none-done = Готово: без альянсу.
alliance-other-done = Готово: тебе записано як гравця з іншого штату.

# /privacy
cmd-privacy-name = конфіденційність
cmd-privacy-description = Що DWOS зберігає про тебе і як це видалити
privacy-notice = **Що DWOS зберігає про тебе**
    • Під час верифікації: твій Discord ID, ID гравця і штат (гра підтверджує їх під час верифікації, а потім приблизно раз на тиждень), ім'я в грі та рівень печі, які ти вказуєш, твій альянс і ранг, а також час твоєї згоди.
    • Твій вибір: мова, подарункові коди, активовані для тебе, нагадування в особисті повідомлення, твої відповіді на події, прийняті тобою правила і тема відкритого тікета.
    • День твого останнього використання DWOS і твої спроби верифікації за останні 30 хвилин — для захисту від зловживань.
    • Більше нічого: жодних повідомлень, жодних IP-адрес.
    → **Навіщо:** щоб видати тобі правильні ролі та нікнейм на цьому сервері й показувати його учасникам інформацію про альянси.
    → **Твої права:** кнопки нижче експортують усе це у файл або видаляють (разом із ролями та нікнеймом, які видав DWOS). Якщо ти не користуєшся DWOS 180 днів, усе видаляється автоматично.

# /setup refusals: the Verified role goes to everyone who verifies, so it must be harmless.
setup-needs-manage-roles = Щоб обрати роль, яку DWOS видає верифікованим учасникам, потрібен дозвіл «Керувати ролями».
setup-role-everyone = @everyone не може бути роллю Верифікований: її вже має кожен учасник.
setup-role-managed = Роллю { $role } керує інтеграція або бот, тому DWOS не може видавати її учасникам.
setup-role-elevated = Роль { $role } має дозволи модератора (наприклад, «Адміністратор», «Керувати сервером», «Керувати ролями», бан чи вигнання). Їх отримав би кожен, хто пройде верифікацію, тому DWOS її не прийме. Обери роль без цих дозволів.
setup-role-above-bot = Роль { $role } вища за найвищу роль DWOS, тому DWOS не може її видавати. Перемісти роль DWOS вище за неї в «Налаштування сервера → Ролі», а потім знову запусти /налаштування.
log-unsafe-role = Я не видав учаснику { $user } роль { $role }: вона має дозволи модератора або є керованою. Запусти /налаштування з безпечною роллю.
setup-role-above-you = Роль { $role } вища за твою найвищу роль, тому ти не можеш її видавати. Звернися до адміністратора або обери нижчу роль.
setup-bot-needs-manage-roles = DWOS потрібен дозвіл «Керувати ролями», щоб видавати роль Верифікований. Надай його ролі DWOS, а потім знову запусти /налаштування.

# /event
cmd-event-name = подія
cmd-event-description = Ігрові події та нагадування про них
cmd-event-create-description = Створити подію з нагадуваннями перед початком
cmd-event-create-type-description = Яка ігрова подія
cmd-event-create-start-description = Перший початок, РРРР-ММ-ДД ГГ:ХХ (у часовому поясі нижче)
cmd-event-create-timezone-description = Часовий пояс початку (типово UTC — годинник гри)
cmd-event-create-repeat-description = Як часто повторюється (типово: як зазвичай для цієї події)
cmd-event-create-reminders-description = За скільки хвилин до початку, через кому (типово 10,5,0)
cmd-event-create-channel-description = Куди надсилати нагадування (типово: цей канал)
cmd-event-create-role-description = Роль, яку згадувати в нагадуваннях
cmd-event-create-title-description = Назва (обов'язкова для власної події)
cmd-event-create-alliance-description = Тег альянсу — для власної події альянсу (її створює його R5)
cmd-event-list-description = Найближчі події цього сервера
cmd-event-cancel-description = Скасувати подію
cmd-event-cancel-event-description = ID події з /подія list
cmd-event-pause-description = Призупинити нагадування події
cmd-event-pause-event-description = ID події з /подія list
cmd-event-resume-description = Відновити нагадування події
cmd-event-resume-event-description = ID події з /подія list
event-type-bear-trap = Bear Trap
event-type-crazy-joe = Crazy Joe
event-type-foundry = Foundry Battle
event-type-canyon-clash = Canyon Clash
event-type-fortress = Fortress Battle
event-type-frostfire-mine = Frostfire Mine
event-type-castle-battle = Castle Battle
event-type-svs = SvS
event-type-mercenary-prestige = Mercenary Prestige
event-type-daily-reset = Щоденне скидання
event-type-custom = Подія
repeat-once = одноразово
repeat-daily = щодня
repeat-every-2-days = кожні 2 дні
repeat-weekly = щотижня
repeat-every-2-weeks = кожні 2 тижні
repeat-every-4-weeks = кожні 4 тижні
repeat-monthly = щомісяця
event-bad-start = Не можу розібрати початок «{ $start }». Запиши його у форматі РРРР-ММ-ДД ГГ:ХХ, наприклад 2026-12-01 18:30.
event-bad-zone = «{ $zone }» — невідомий мені часовий пояс. Обери його зі списку, наприклад Europe/Kyiv або UTC.
event-past = Цей час початку вже минув, а подія не повторюється. Обери пізніший час.
event-bad-reminders = Не можу розібрати нагадування «{ $reminders }». Вкажи хвилини до початку через кому, наприклад 30,10,0.
event-too-many-reminders = Максимум нагадувань на одну подію: { $max }.
event-reminder-too-early = Нагадування може бути щонайбільше за { $max } хв до початку (не раніше за попереднє повторення і не більше ніж за тиждень).
event-title-needed = Для власної події потрібна назва.
event-bad-title = Назва — щонайбільше { $max } симв., без згадок, посилань і форматування.
event-moderators-or-officers = Подіями сервера керують лише модератори; R5 альянсу керує подіями свого альянсу.
event-needs-rank = Створювати події [{ $tag }] може лише R5 цього альянсу (або модератор).
event-channel-not-yours = Ти не можеш писати в { $channel }, тож і нагадування туди надсилати не можна. Обери канал, у якому ти можеш писати.
event-role-not-mentionable = Роль { $role } не може згадувати будь-хто; налаштувати нагадування з її пінгом можуть лише учасники, яким дозволено згадувати будь-які ролі.
event-created = Подію **{ $title }** заплановано (ID `{ $id }`). Наступний раз: { $next }.
event-none = На цьому сервері немає запланованих подій. Створи подію через /подія create.
event-list-header = **Найближчі події**
event-list-line = `{ $id }` **{ $title }**: { $next } ({ $repeat })
event-paused-tag = (призупинено)
event-not-found = На цьому сервері немає події з таким ID. Усі ID показує /подія list.
event-cancelled = Подію **{ $title }** (`{ $id }`) скасовано; нагадувань більше не буде.
event-paused = Подію **{ $title }** призупинено: нагадувань не буде до /подія resume.
event-resumed = Подія **{ $title }** знову активна.
reminder-starts = **{ $title }** починається { $when }.
reminder-now = **{ $title }** починається просто зараз!
log-event-channel-lost = Я більше не можу публікувати нагадування **{ $title }** (`{ $id }`) у { $channel } ({ $reason }), тому подію призупинено. Надай DWOS доступ до каналу, а потім скористайся /подія resume.
cmd-event-edit-description = Змінити подію: змінюються лише вказані параметри
cmd-event-edit-event-description = ID події з /подія list
cmd-event-edit-start-description = Новий перший початок, РРРР-ММ-ДД ГГ:ХХ
cmd-event-edit-timezone-description = Новий часовий пояс початку
cmd-event-edit-repeat-description = Нове повторення
cmd-event-edit-reminders-description = Нові нагадування: хвилини до початку через кому
cmd-event-edit-channel-description = Новий канал для нагадувань
cmd-event-edit-role-description = Нова роль для згадки
cmd-event-edit-title-description = Нова назва
cmd-event-edit-clear-description = Прибрати роль (без пінгів) або власну назву
event-updated = Подію **{ $title }** (`{ $id }`) оновлено. Наступний раз: { $next }.
event-list-page = Сторінка { $page } з { $pages }
event-announcement = **{ $title }**: наступний раз { $next } ({ $repeat }). Нагадування за { $reminders } хв до початку.
event-button-dm = Нагадати в особисті
event-button-going = Буду ({ $count })
event-button-not-going = Не буду ({ $count })
event-dm-on = Нагадування про **{ $title }** також надходитимуть тобі в особисті повідомлення. Натисни кнопку ще раз, щоб вимкнути.
event-dm-off = Більше жодних особистих повідомлень про **{ $title }**.

# /giftcode
cmd-giftcode-name = подарунковий-код
cmd-giftcode-description = Подарункові коди: додати, список, активувати та автоактивація
cmd-giftcode-add-description = Додати подарунковий код і активувати його для всіх, хто погодився (модератори)
cmd-giftcode-add-code-description = Код, як його показує гра
cmd-giftcode-list-description = Подарункові коди, ще активні на цьому сервері
cmd-giftcode-redeem-description = Активувати подарунковий код для свого прив'язаного гравця зараз
cmd-giftcode-redeem-code-description = Код, як його показує гра
cmd-giftcode-auto-description = Доручити DWOS активувати для тебе кожен новий подарунковий код або скасувати це
cmd-giftcode-auto-mode-description = Увімкнути чи вимкнути
giftcode-bad-code = Це не схоже на подарунковий код: від 4 до 20 літер і цифр, без пробілів.
giftcode-no-tester = Мені потрібен гравець, на якому спершу перевірити код: верифікуй свій акаунт через /верифікація або задай тестового гравця через /налаштування test_player (і домашній штат).
giftcode-game-busy = Гра не відповіла на тестову активацію. Нічого не оголошено; спробуй ще раз за кілька хвилин.
giftcode-test-inconclusive = Результат тестової активації: { $outcome }. Про сам код це нічого не каже, тому нічого не оголошено. Перевір тестового гравця в /налаштування.
giftcode-added = Подарунковий код **{ $code }** працює (тест: { $outcome }). Його оголошено, і він активується для { $count ->
        [one] { $count } учасника, який погодився
        [few] { $count } учасників, які погодилися
        [many] { $count } учасників, які погодилися
       *[other] { $count } учасника, які погодилися
    }.
giftcode-again = Подарунковий код **{ $code }** уже додавали раніше. Активую його для { $count ->
        [one] { $count } учасника, який погодився
        [few] { $count } учасників, які погодилися
        [many] { $count } учасників, які погодилися
       *[other] { $count } учасника, які погодилися
    }; для тих, у кого він уже є, повторних спроб не буде.
giftcode-announcement = 🎁 Новий подарунковий код: **{ $code }**. Натисни кнопку, щоб активувати його для свого прив'язаного гравця, або ввімкни автоактивацію через /подарунковий-код auto.
giftcode-redeem-button = Активувати для мене
giftcode-list-empty = На цьому сервері немає активних подарункових кодів.
giftcode-list-title = **Активні подарункові коди**
giftcode-list-line = **{ $code }**, додано { $added }: готово для { $done }/{ $total } учасників
giftcode-auto-on = Готово: DWOS активуватиме нові подарункові коди для твого прив'язаного гравця. Для цього він надсилає грі лише твій ID гравця, штат і код. Вимкнути можна будь-коли через /подарунковий-код auto off.
giftcode-auto-off = Готово: DWOS більше не активуватиме подарункові коди для тебе автоматично. Ти й далі можеш натискати «Активувати для мене».
giftcode-consent = **Подарункові коди:** хочеш, щоб DWOS автоматично активував для тебе нові подарункові коди? Він надсилає грі лише твій ID гравця, штат і код. Змінити це можна будь-коли через /подарунковий-код auto.
giftcode-consent-yes = Так, активуй для мене
giftcode-consent-no = Ні, дякую
giftcode-dead-expired = Термін дії коду минув: більше нічого не активується.
giftcode-dead-not-found = Гра не знає цього коду: більше нічого не активується.
giftcode-dead-usage-limit = Код вичерпано: більше нічого не активується.
giftcode-report-title = 🎁 **{ $code }**: { $done }/{ $total } учасників
giftcode-report-redeemed = ✅ Активовано: { $count }
giftcode-report-already = ☑️ Уже був: { $count }
giftcode-report-furnace = 🔥 Замалий рівень печі: { $count }
giftcode-report-wrong-state = 🗺️ Не той штат: { $count }
giftcode-report-failed = ⚠️ Не вдалося: { $count }
giftcode-detail-button = Подробиці
giftcode-detail-title = **{ $code }**, по кожному учаснику:
giftcode-detail-more = …і ще { $count }.
giftcode-outcome-redeemed = активовано
giftcode-outcome-already-redeemed = уже був активований
giftcode-outcome-same-type-redeemed = уже активовано код цього типу
giftcode-outcome-expired = термін дії коду минув
giftcode-outcome-not-found = гра не знає цього коду
giftcode-outcome-usage-limit = код вичерпано
giftcode-outcome-furnace-too-low = рівень печі замалий для цього коду
giftcode-outcome-spend-required = спершу потрібна покупка
giftcode-outcome-vip-required = замалий рівень VIP
giftcode-outcome-wrong-state = гравець не в тому штаті, який знає DWOS
giftcode-outcome-no-such-player = у грі немає гравця з таким ID
giftcode-outcome-failed = гра не відповіла; спробуй пізніше
giftcode-verify-first = Спершу верифікуй свій ігровий акаунт через /верифікація: DWOS активує коди для твого прив'язаного гравця.
giftcode-mine = Подарунковий код **{ $code }**: { $outcome }.

# /moderators, /news
cmd-moderators-name = модератори
cmd-moderators-description = Хто модерує DWOS тут, окрім учасників із дозволом «Керувати сервером»
cmd-moderators-add-description = Зробити роль або учасника модератором DWOS
cmd-moderators-add-role-description = Роль, учасники якої модерують
cmd-moderators-add-member-description = Учасник, який модерує
cmd-moderators-remove-description = Прибрати роль або учасника з модераторів
cmd-moderators-remove-role-description = Роль
cmd-moderators-remove-member-description = Учасник
cmd-moderators-list-description = Список ролей і учасників-модераторів
cmd-news-name = новини
cmd-news-description = Опублікувати новину в каналі, з перекладами (модератори)
moderators-need-target = Вкажи роль, учасника або обох.
moderators-too-many = Ліміт на сервері: ролей-модераторів — до { $max }, учасників-модераторів — до { $max }.
moderators-list = **Модератори DWOS** (окрім «Керувати сервером»). Ролі: { $roles }. Учасники: { $members }.
log-refused = { $user }: спроба дії, доступної лише модераторам: { $what }
news-modal-title = Новина
news-language-label = Мова (en, it, es, de, fr, …)
news-language-placeholder = en
news-title-label = Заголовок
news-title-placeholder = Bear Trap переноситься на 20:00
news-body-label = Текст
news-body-placeholder = Що мають знати учасники
news-empty = Новині потрібні заголовок і текст.
news-bad-language = Використай один із цих кодів мов: { $languages }.
news-gone = Цієї новини вже немає.
news-draft = Ось твоя новина. Обери канал для публікації або спершу додай переклад (переклади: { $languages }).
news-pick-channel = Опублікувати в…
news-add-translation = Додати переклад
news-posted = Опубліковано в { $channel }.
news-post-failed = Не вдалося опублікувати в { $channel }. Перевір, чи може DWOS надсилати туди повідомлення.
news-translate-button = Перекласти
moderators-bad-role = Ця роль не може модерувати: @everyone зробила б модератором кожного учасника, а керована роль належить боту чи інтеграції.
news-channel-forbidden = Ти не можеш надсилати повідомлення в цей канал, тож DWOS не публікуватиме там від твого імені.
giftcode-outcome-opted-out = більше не прив'язаний або відмовився: пропущено
giftcode-too-many = За останні 10 хвилин уже активовано 10 кодів; темп гри спільний для всіх серверів. Спробуй знову через { $minutes } хв.
giftcode-report-skipped = ⏭️ Пропущено (більше не прив'язані або відмовилися): { $count }
privacy-export-button = Експортувати мої дані
privacy-delete-button = Видалити мої дані
privacy-delete-confirm = **Видалити все, що DWOS зберігає про тебе, на всіх серверах?** Твої верифіковані акаунти, членство в альянсах, відповіді на події, результати подарункових кодів, написані тобою новини та налаштування зникнуть назавжди, а DWOS прибере роль Верифікований і нікнейм, які видав, там, де це ще можливо. Це не можна скасувати.
privacy-erase-button = Так, видалити все
privacy-keep-button = Ні, залишити
privacy-kept = Нічого не видалено.
privacy-export-ready = Ось усе, що DWOS зберігає про тебе на всіх серверах, у файлі JSON.
privacy-erased = Готово: { $count ->
        [one] видалено { $count } запис про тебе
        [few] видалено { $count } записи про тебе
        [many] видалено { $count } записів про тебе
       *[other] видалено { $count } запису про тебе
    }. Пройти верифікацію знову можна будь-коли.
privacy-erasing = Видаляю твої дані…

## Alliances
cmd-alliance-name = альянс
cmd-alliance-description = Твій альянс: вступ, вихід, ранги, склад
cmd-alliance-create-description = Створити альянс і очолити його як R5
cmd-alliance-create-name-description = Повна назва альянсу
cmd-alliance-create-tag-description = Його тег, як у грі: 3 або 4 літери чи цифри
cmd-alliance-join-description = Попросити про вступ до одного з альянсів цього сервера
cmd-alliance-leave-description = Вийти зі свого альянсу
cmd-alliance-kick-description = Вилучити зі свого альянсу учасника нижчого рангу (R4 і R5)
cmd-alliance-kick-member-description = Учасник, якого треба вилучити
cmd-alliance-rank-description = Призначити ранг учаснику свого альянсу (R4 і R5)
cmd-alliance-rank-member-description = Учасник
cmd-alliance-rank-rank-description = Новий ранг (R5 передається через /альянс transfer)
cmd-alliance-transfer-description = Передати керівництво (R5) іншому учаснику (лише R5)
cmd-alliance-transfer-member-description = Новий R5
cmd-alliance-dissolve-description = Розпустити свій альянс (лише R5)
cmd-alliance-info-description = Лідер, ранги й розмір альянсу
cmd-alliance-info-tag-description = Тег альянсу (якщо порожньо — твій)
cmd-alliance-roster-description = Учасники альянсу, посторінково
cmd-alliance-roster-sort-description = Сортувати за рангом, рівнем печі або ім'ям
cmd-alliance-roster-tag-description = Тег альянсу (якщо порожньо — твій)
alliance-bad-name = Назва альянсу — від 1 до 32 символів простого тексту (без згадок, посилань і розмітки).
alliance-form-title = Новий альянс
alliance-form-tag = Тег, як у грі (3–4 літери або цифри)
alliance-form-name = Повна назва
alliance-verify-first = Спершу верифікуй свій ігровий акаунт (/верифікація): альянси — для верифікованих учасників.
alliance-leave-first = Ти в [{ $tag }]. Спершу вийди з нього через /альянс leave.
alliance-tag-taken = На цьому сервері вже є альянс із тегом [{ $tag }].
alliance-created = Створено [{ $tag }] { $name }. Ти очолюєш його як R5.
alliance-permissions = Деякі ролі, канали чи нікнейми не вдалося налаштувати: DWOS потрібні дозволи «Керувати ролями», «Керувати каналами» і «Керувати нікнеймами», а його роль має бути вище за ролі альянсу. Подробиці — в каналі журналу.
alliance-none-yet = На цьому сервері ще немає альянсів. Створи альянс через /альянс create.
alliance-join-question = До якого альянсу ти хочеш вступити? Запит отримають його R4 і R5.
alliance-unknown = На цьому сервері немає альянсу [{ $tag }].
alliance-not-found = Альянс не знайдено: вкажи тег або спершу вступи до альянсу.
alliance-request = { $user } ({ $name }) хоче вступити до [{ $tag }].
alliance-approve-button = Схвалити
alliance-deny-button = Відхилити
alliance-request-sent = Твій запит на вступ до [{ $tag }] надіслано його R4 і R5. Ти отримаєш повідомлення, коли вони дадуть відповідь.
alliance-request-gone = Нічого не змінено: на запит від { $user } про вступ до [{ $tag }] уже відповіли, або цей учасник уже в іншому альянсі чи більше не верифікований.
alliance-denied = { $actor }: запит від { $user } на вступ до [{ $tag }] відхилено.
alliance-approved = { $actor }: учасника { $user } прийнято до [{ $tag }].
alliance-welcome = Ласкаво просимо до [{ $tag }]! Офіцер схвалив твій запит.
alliance-left = Ти більше не в [{ $tag }].
alliance-not-in-one = На цьому сервері ти не перебуваєш в альянсі.
alliance-not-member = { $user } не є учасником [{ $tag }].
alliance-changed-meanwhile = Тим часом хтось інший змінив дані учасника { $user }. Перевір ще раз і повтори спробу.
alliance-kicked = { $user } більше не учасник [{ $tag }].
alliance-ranked = { $user } тепер { $rank } у [{ $tag }].
alliance-transfer-confirm = Передати керівництво [{ $tag }] учаснику { $user }? Ти станеш R4.
alliance-transfer-button = Передати R5
alliance-cancel-button = Скасувати
alliance-cancelled = Скасовано: нічого не змінено.
alliance-transferred = { $user } тепер очолює [{ $tag }] як R5.
alliance-dissolve-confirm = Розпустити [{ $tag }]? Усі учасники вийдуть з альянсу, а його ролі буде видалено. Канали можна залишити (з їхньою історією) або видалити.
alliance-dissolve-keep = Розпустити, лишити канали
alliance-dissolve-delete = Розпустити, видалити канали
alliance-dissolved = [{ $tag }] розпущено.
alliance-info = **[{ $tag }] { $name }**
    R5: { $leader }
    Учасників: { $members } (R4: { $r4 }, R3: { $r3 }, R2: { $r2 }, R1: { $r1 })
    Створено: { $created }
alliance-roster = **[{ $tag }]** — { $members ->
        [one] { $members } учасник
        [few] { $members } учасники
        [many] { $members } учасників
       *[other] { $members } учасника
    } (сторінка { $page } з { $pages })
alliance-sort-rank = За рангом
alliance-sort-furnace = За рівнем печі
alliance-sort-name = За ім'ям
alliance-not-officer = Це можуть робити лише R4 і R5 альянсу.
alliance-not-below = Ти можеш керувати лише учасниками, нижчими за тебе рангом.
alliance-not-leader = Це може робити лише R5 альянсу.
alliance-rank-too-high = Обери від R1 до R4 (R4 може призначати до R3). R5 передається через /альянс transfer.
alliance-on-themselves = Із собою так не можна (щоб вийти, скористайся /альянс leave).
alliance-rank-unchanged = { $user } уже має цей ранг.
log-alliance-permissions = Не вдалося створити або видалити ролі й канали [{ $tag }]: { $reason }
audit-created = [{ $tag }] створено; { $actor } очолює його як R5.
audit-joined = { $user } тепер у [{ $tag }] як { $rank } (схвалено: { $actor }).
audit-left = { $user }: вихід з [{ $tag }].
audit-kicked = { $actor }: учасника { $user } вилучено з [{ $tag }].
audit-ranked = { $actor }: учасник { $user } тепер { $rank } у [{ $tag }].
audit-transferred = { $actor }: керівництво [{ $tag }] передано учаснику { $user }.
audit-succeeded = { $user } тепер очолює [{ $tag }] як R5: попередній R5 вийшов з альянсу.
audit-dissolved = { $actor }: [{ $tag }] розпущено.

# /setup stats
cmd-setup-stats-description = Створити закриті голосові канали з кількістю учасників, верифікованих гравців і альянсів
setup-stats-made = Канали статистики: { $channels } (назви оновлюються протягом 10 хвилин після зміни числа).
setup-stats-failed = Не вдалося створити канали статистики: DWOS потрібен дозвіл «Керувати каналами».
stats-channel-members = Учасників: { $count }
stats-channel-verified = Верифікованих: { $count }
stats-channel-alliances = Альянсів: { $count }

# /language
cmd-language-name = мова
cmd-language-description = Обрати мову, якою DWOS говорить з тобою на всіх серверах і в особистих повідомленнях
cmd-language-language-description = Твоя мова («Discord» — знову як у застосунку Discord)
language-set = Відтепер я відповідатиму тобі українською — на будь-якому сервері та в особистих повідомленнях.
language-automatic = Відтепер я знову дотримуватимусь мови твого застосунку Discord.

# /dashboard
cmd-dashboard-name = кабінет
cmd-dashboard-description = Твоя особиста сторінка: верифікація, альянс, мова і що DWOS робить для тебе
dashboard-title = **Твій особистий кабінет DWOS**
dashboard-verified = Верифіковано: гравець { $id }, **{ $name }**, штат { $state } (ім'я з твоїх слів)
dashboard-not-verified = На цьому сервері верифікацію ще не пройдено: скористайся /верифікація.
dashboard-furnace = Піч: { $furnace }
dashboard-alliance = Альянс: { $alliance }
dashboard-not-set = немає
dashboard-language = Мова: { $language }
dashboard-language-discord = як у застосунку Discord
dashboard-reminder-dms = Нагадування про події в особисті на цьому сервері: { $on }
dashboard-auto-redeem = Автоактивація подарункових кодів: { $on }
dashboard-on = увімкнено
dashboard-off = вимкнено
dashboard-hint = Змінити мову можна через /мова, а свої дані — через /конфіденційність.
dashboard-dm-on-button = Нагадувати в особисті
dashboard-dm-off-button = Не нагадувати в особисті
dashboard-redeem-on-button = Активувати коди для мене
dashboard-redeem-off-button = Не активувати для мене

# /registration-help
cmd-registration-help-name = допомога-з-реєстрацією
cmd-registration-help-description = Як пройти верифікацію: де в грі знайти свій ID гравця і штат
registration-help-text = **Як пройти верифікацію в DWOS**
    1. У WhiteOut Survival торкнися свого аватара (зліва вгорі). Твій **ID гравця** — це число під твоїм ім'ям; торкнися його, щоб скопіювати.
    2. Твій **штат** — це число після **#**, яке видно у профілі та на мапі світу (напр. #245).
    3. Тут скористайся /верифікація (або кнопкою «Пройти верифікацію» в каналі привітання) і введи ID, штат і своє ім'я в грі.
    DWOS перевіряє в грі, чи є цей ID у цьому штаті; ім'я та рівень печі беруться з твоїх слів.

# /ticket and /close-ticket
cmd-ticket-name = тікет
cmd-ticket-description = Почати приватну розмову з модераторами
cmd-ticket-subject-description = Про що йдеться, кількома словами
cmd-close-ticket-name = закрити-тікет
cmd-close-ticket-description = Закрити свій тікет (або, у гілці тікета, цей тікет)
ticket-bad-subject = Вкажи тему: від 1 до 100 символів простого тексту.
ticket-already-open = У тебе вже є відкритий тікет: { $ticket }. Закрий його через /закрити-тікет, перш ніж відкривати новий.
ticket-cannot-open = Не вдалося відкрити тут приватну гілку. Спробуй в іншому каналі або попроси модератора надати DWOS дозвіл «Створювати приватні гілки».
ticket-opening = Тікет від { $user }: **{ $subject }**
    Пиши тут — модератори бачать цю гілку. Коли питання вирішено, натисни «Закрити».
ticket-close-button = Закрити
ticket-opened = Твій тікет відкрито: { $thread }
ticket-none = У тебе немає відкритих тікетів.
ticket-closed = Тікет закрито; підсумок надіслано в канал журналу.
log-ticket-opened = { $user }: відкрито тікет **{ $subject }** ({ $thread }).
log-ticket-closed = Тікет закрито: **{ $subject }** від { $user }, відкрито { $opened }, закрито { $closed } учасником { $by }, { $messages ->
        [one] { $messages } повідомлення
        [few] { $messages } повідомлення
        [many] { $messages } повідомлень
       *[other] { $messages } повідомлення
    }.

# /rules
cmd-rules-name = правила
cmd-rules-description = Правила сервера: переглянути, а модераторам — написати, опублікувати й запланувати
cmd-rules-show-description = Показати правила сервера
cmd-rules-set-description = Написати правила (форма); за бажанням — роль для всіх, хто їх прийме
cmd-rules-set-role-description = Роль за «Приймаю» (без дозволів модератора)
cmd-rules-post-description = Опублікувати правила з кнопкою «Приймаю»
cmd-rules-post-channel-description = Канал для публікації
cmd-rules-automation-description = Повторно публікувати правила раз на кілька днів (0 — вимкнути)
cmd-rules-automation-every-days-description = Днів між публікаціями, від 1 до 365 (0 — більше ніколи)
cmd-rules-log-description = Хто прийняв правила, спершу найновіші
rules-form-title = Правила сервера
rules-form-label = Правила
rules-form-placeholder = Одне правило на рядок; Markdown працює.
rules-bad-text = Правила — від 1 до 1900 символів.
rules-saved = Правила збережено. Опублікуй їх через /правила post.
rules-changed-meanwhile = Інший модератор змінив правила під час твого редагування; нічого не збережено. Знову відкрий /правила set, щоб почати з його версії.
rules-none = На цьому сервері ще немає правил. Модератор пише їх через /правила set.
rules-role-elevated = Роль { $role } має дозволи модератора або керується інтеграцією: її не можна видавати всім, хто прийняв правила.
rules-cannot-post = Не можу публікувати в цьому каналі: перевір, чи можете і DWOS, і ти надсилати туди повідомлення.
rules-posted = Правила опубліковано в { $channel }.
rules-bad-days = Вкажи кількість днів від 0 до 365.
rules-post-first = Спершу опублікуй правила один раз через /правила post; автоматизація публікуватиме їх повторно в тому самому каналі.
rules-automation-on = Правила публікуватимуться повторно раз на { $days ->
        [one] { $days } день
        [few] { $days } дні
        [many] { $days } днів
       *[other] { $days } дня
    }.
rules-automation-off = Правила більше не публікуватимуться автоматично.
rules-log-empty = Правила ще ніхто не прийняв.
rules-log-header = **{ $count ->
        [one] { $count } учасник прийняв
        [few] { $count } учасники прийняли
        [many] { $count } учасників прийняли
       *[other] { $count } учасника прийняли
    } правила** (спершу найновіші):
rules-accept-button = Приймаю
rules-accepted = Дякую: твою згоду з правилами записано.
rules-accepted-before = Твою згоду з правилами вже записано раніше; нічого не змінено.
log-rules-role-elevated = Роль { $role }, яку видають за прийняття правил, тепер має дозволи модератора: DWOS її більше не видає. Обери іншу через /правила set.
