# Command names and descriptions, sent to Discord by `dwos register-commands`.
cmd-help-name = помощь
cmd-help-description = Узнай, чем DWOS может тебе помочь
cmd-stats-name = статистика
cmd-stats-description = Статистика участников этого сервера

# /help
help-header = **DWOS — твой помощник для альянса в WhiteOut Survival**
help-moderators = Для модераторов:

# Replies to things DWOS does not handle.
unknown-interaction = Такого я пока не умею. Набери `/помощь`, чтобы посмотреть, что я могу.
guild-only = Эта команда работает только на сервере.
try-again-later = Что-то пошло не так на моей стороне. Попробуй ещё раз через минуту.

# /stats
stats-summary = **{ $guild }**
    Участников: { $members }
    Сейчас в сети: { $online }
    Верифицированных игроков: { $verified }
stats-unavailable = Не могу прочитать статистику этого сервера. Убедись, что DWOS добавлен на этот сервер.

# /verify and /reverify
cmd-verify-name = верификация
cmd-verify-description = Привяжи свой аккаунт WhiteOut Survival к этому серверу
cmd-reverify-name = перепроверка
cmd-reverify-description = Заново сверь привязанный игровой аккаунт с игрой (штат, роль, ник)
verify-modal-title = Верификация игрового аккаунта
verify-modal-label = Твой ID игрока в WhiteOut Survival
verify-modal-placeholder = Число в твоём игровом профиле, напр. 12345678
verify-state-label = Номер твоего штата
verify-state-placeholder = # твоего штата, напр. 245 (пусто: штат этого сервера)
verify-name-label = Твой ник в игре
verify-name-placeholder = Как в игре; здесь он станет твоим ником
verify-bad-id = Это не похоже на ID игрока. Это число, которое показано в твоём игровом профиле.
verify-bad-state = Это не похоже на номер штата. Это число после # у твоего штата, от 1 до 9999.
verify-bad-name = Введи свой ник в игре: от 1 до 24 символов, без @ # < > ` * _ ~ |.
verify-need-state = Введи номер своего штата: на этом сервере не задан домашний штат.
verify-start-again = Эта форма из старой версии DWOS. Используй /верификация ещё раз.
verify-unknown-player = В игре нет игрока с ID { $id }. Проверь число в своём игровом профиле.
verify-wrong-state = По данным игры, игрок { $id } не в штате { $state }. Проверь номер штата и попробуй снова.
verify-try-again = Попробовать снова
verify-moved-unknown = По данным игры, игрок { $id } больше не в штате { $state }, а новый штат поблизости я найти не смог. Используй /верификация с номером нового штата.
verify-too-many = За последние 30 минут было уже 5 попыток. Подожди { $minutes ->
        [one] { $minutes } минуту
        [few] { $minutes } минуты
        [many] { $minutes } минут
       *[other] { $minutes } минуты
    } и попробуй снова.
verify-taken = ID игрока { $id } уже привязан к другому участнику этого сервера. Если это твой аккаунт, попроси модератора его отвязать.
furnace-level = Уровень { $level }
furnace-not-declared = не указан
furnace-question = Какой у тебя уровень печи? (необязательно)
furnace-placeholder = Выбери уровень печи
furnace-skip = Пропустить
furnace-noted = Уровень печи { $furnace } записан (с твоих слов).
verify-done = Верификация пройдена: игра подтвердила игрока { $id } в штате { $state }. Твой ник здесь — **{ $nickname }** (с твоих слов).
verify-stored = DWOS хранит для этого сервера твой Discord ID вместе с этим ID игрока, штатом, ником и уровнем печи и примерно раз в неделю сверяет ID и штат с игрой. Подробнее — в /приватность.
verify-refreshed = Проверено: игрок { $id } в штате { $state }. Твой ник — **{ $nickname }**, печь { $furnace } (с твоих слов).
verify-not-linked = Твой игровой аккаунт здесь ещё не верифицирован. Сначала используй /верификация.
verify-permissions = Верификация пройдена, но я не смог выдать тебе роль «Верифицирован» или изменить твой ник. Модератор должен дать DWOS права «Управлять ролями» и «Управлять никнеймами» и поднять его роль выше роли «Верифицирован».
verify-game-down = Серверы игры сейчас не отвечают. Эта попытка не засчитывается; я буду пробовать ещё несколько минут, а если это сообщение не изменится, попробуй /верификация позже.
verify-role-name = Верифицирован
log-verified = { $user }: верификация как { $nickname } (ID { $id }, штат { $state }; ник указан игроком).
log-permissions = Не удалось выдать участнику { $user } роль «Верифицирован» или ник: { $reason }

# /setup and /unlink (moderators)
cmd-setup-name = настройка
cmd-setup-description = Настрой верификацию: роль «Верифицирован», канал логов, язык — и опубликуй панель
cmd-setup-role-description = Роль для верифицированных участников (по умолчанию: роль с названием «Верифицирован»)
cmd-setup-log-channel-description = Канал, куда DWOS пишет логи верификаций и изменений
cmd-setup-language-description = Язык DWOS по умолчанию на этом сервере
cmd-setup-home-state-description = Номер штата, которому посвящён этот сервер (подставляется в /верификация)
cmd-setup-giftcode-channel-description = Канал для объявлений о новых подарочных кодах и отчётов об их активации
cmd-setup-test-player-description = ID игрока для первой проверки нового подарочного кода, если у модератора нет привязки
cmd-unlink-name = отвязка
cmd-unlink-description = Отвяжи игровой аккаунт участника, чтобы этот ID можно было верифицировать заново
cmd-unlink-member-description = Участник, которого нужно отвязать
moderator-only = Это могут делать только модераторы DWOS: участники с правом «Управлять сервером», а также роли и участники, назначенные через /модераторы.
setup-saved = Настройки сохранены. Роль верификации: { $role }. Канал логов: { $channel }. Язык: { $language }. Домашний штат: { $state }. Подарочные коды: { $giftcodes }. Тестовый игрок: { $tester }.
setup-not-set = не задано
setup-panel-failed = Настройки сохранены, но я не смог опубликовать панель верификации в этом канале. Проверь, может ли DWOS отправлять сюда сообщения.
panel-text = **Добро пожаловать!** Пройди верификацию аккаунта WhiteOut Survival, чтобы получить доступ к этому серверу: нажми кнопку и введи ID игрока, штат и ник в игре. Игра подтверждает ID и штат; DWOS хранит их вместе с твоим Discord ID для этого сервера (/приватность).
panel-button = Пройти верификацию
unlink-done = Привязка { $user } к игроку { $nickname } (ID { $id }) удалена. Теперь этот ID можно верифицировать заново.
unlink-none = У { $user } нет привязанного игрового аккаунта на этом сервере.
log-unlinked = Модератор { $moderator } отвязал { $user } от игрока { $nickname } (ID { $id }).

# Weekly check
log-transferred = { $user } ({ $nickname }, ID { $id }): переход из штата { $old } в штат #{ $state }.
log-transfer-unknown = { $user } ({ $nickname }, ID { $id }) больше не в штате { $old }, а новый штат поблизости я найти не смог. Можно использовать /перепроверка или /верификация.
log-account-gone = { $user } ({ $nickname }, ID { $id }): игра не знает этого игрока уже три проверки подряд. Похоже, аккаунт удалён; ничего не убрано, модератор может отвязать его через /отвязка.

# Alliance choice after verification
alliance-question = В каком ты альянсе?
alliance-placeholder = Выбери свой альянс
alliance-none = Без альянса
alliance-other-state = Я из другого штата
alliance-new-button = Моего альянса нет в списке
alliance-bad-tag = Тег альянса — это 3 или 4 буквы или цифры.
alliance-done = Готово: ты { $rank } в [{ $tag }].
alliance-none-done = Готово: без альянса.
alliance-other-done = Готово: теперь ты в списке игроков из другого штата.

# /privacy
cmd-privacy-name = приватность
cmd-privacy-description = Что DWOS хранит о тебе и как это удалить
privacy-notice = **Что DWOS хранит о тебе**
    • При верификации: твой Discord ID, ID игрока и штат (игра подтверждает их при верификации и потом примерно раз в неделю), ник в игре и уровень печи, которые ты указываешь, твой альянс и ранг, а также время твоего согласия.
    • Твой выбор: язык, подарочные коды, активированные для тебя, напоминания в ЛС, твои ответы на события, принятые тобой правила и тема открытого тикета.
    • День твоего последнего использования DWOS и твои попытки верификации за последние 30 минут — для защиты от злоупотреблений.
    • Больше ничего: ни сообщений, ни IP-адресов.
    → **Зачем:** чтобы выдавать тебе нужные роли и ник на этом сервере и показывать его участникам информацию об альянсах.
    → **Твои права:** кнопки ниже экспортируют всё это в файл или удаляют (вместе с ролями и ником, которые выдал DWOS). Если ты не пользуешься DWOS 180 дней, всё удаляется автоматически.

# /setup refusals: the Verified role goes to everyone who verifies, so it must be harmless.
setup-needs-manage-roles = Чтобы выбрать роль, которую DWOS выдаёт верифицированным участникам, нужно право «Управлять ролями».
setup-role-everyone = @everyone не может быть ролью верификации: она и так есть у каждого участника.
setup-role-managed = Ролью { $role } управляет интеграция или бот, поэтому DWOS не может выдавать её участникам.
setup-role-elevated = Роль { $role } даёт права модератора (например, «Администратор», «Управлять сервером», «Управлять ролями», «Банить участников» или «Выгонять участников»). Их получил бы каждый, кто пройдёт верификацию, поэтому DWOS её не принимает. Выбери роль без этих прав.
setup-role-above-bot = Роль { $role } выше самой высокой роли DWOS, поэтому DWOS не может её выдать. Подними роль DWOS выше неё в «Настройки сервера → Роли», затем снова выполни /настройка.
log-unsafe-role = Я не выдал участнику { $user } роль { $role }: она даёт права модератора или управляется интеграцией. Выполни /настройка с безопасной ролью.
setup-role-above-you = Роль { $role } выше твоей самой высокой роли, поэтому ты не можешь её выдавать. Попроси администратора или выбери роль пониже.
setup-bot-needs-manage-roles = DWOS нужно право «Управлять ролями», чтобы выдавать роль «Верифицирован». Дай это право роли DWOS, затем снова выполни /настройка.

# /event
cmd-event-name = событие
cmd-event-description = Игровые события и напоминания о них
cmd-event-create-description = Создай событие с напоминаниями перед стартом
cmd-event-create-type-description = Какое игровое событие
cmd-event-create-start-description = Первый старт, ГГГГ-ММ-ДД ЧЧ:ММ (в часовом поясе ниже)
cmd-event-create-timezone-description = Часовой пояс старта (по умолчанию UTC — время игры)
cmd-event-create-repeat-description = Как часто повторяется (по умолчанию: как обычно для этого события)
cmd-event-create-reminders-description = За сколько минут до старта, через запятую (по умолчанию 10,5,0)
cmd-event-create-channel-description = Куда отправлять напоминания (по умолчанию: этот канал)
cmd-event-create-role-description = Роль, которую упоминать в напоминаниях
cmd-event-create-title-description = Название (обязательно для своего события)
cmd-event-create-alliance-description = Тег альянса — для собственного события альянса (создаёт его R5)
cmd-event-list-description = Ближайшие события этого сервера
cmd-event-cancel-description = Отмени событие
cmd-event-cancel-event-description = ID события из /событие list
cmd-event-pause-description = Приостанови напоминания события
cmd-event-pause-event-description = ID события из /событие list
cmd-event-resume-description = Возобнови напоминания события
cmd-event-resume-event-description = ID события из /событие list
event-type-bear-trap = Bear Trap
event-type-crazy-joe = Crazy Joe
event-type-foundry = Foundry Battle
event-type-canyon-clash = Canyon Clash
event-type-fortress = Fortress Battle
event-type-frostfire-mine = Frostfire Mine
event-type-castle-battle = Castle Battle
event-type-svs = SvS
event-type-mercenary-prestige = Mercenary Prestige
event-type-daily-reset = Ежедневный сброс
event-type-custom = Событие
repeat-once = один раз
repeat-daily = ежедневно
repeat-every-2-days = каждые 2 дня
repeat-weekly = еженедельно
repeat-every-2-weeks = каждые 2 недели
repeat-every-4-weeks = каждые 4 недели
repeat-monthly = ежемесячно
event-bad-start = Не могу разобрать время старта «{ $start }». Пиши в формате ГГГГ-ММ-ДД ЧЧ:ММ, например 2026-12-01 18:30.
event-bad-zone = «{ $zone }» — незнакомый мне часовой пояс. Выбери пояс из списка, например Europe/Moscow или UTC.
event-past = Этот старт уже в прошлом, а событие не повторяется. Выбери более позднее время.
event-bad-reminders = Не могу разобрать напоминания «{ $reminders }». Укажи минуты до старта через запятую, например 30,10,0.
event-too-many-reminders = Максимум напоминаний на одно событие: { $max }.
event-reminder-too-early = Напоминание может быть не раньше чем за { $max } мин. до старта (не раньше предыдущего повторения и не больше чем за неделю).
event-title-needed = Для своего события нужно название.
event-bad-title = Название — не длиннее { $max } симв., без упоминаний, ссылок и форматирования.
event-moderators-or-officers = Событиями сервера управляют только модераторы; R5 альянса управляет событиями своего альянса.
event-needs-rank = Создавать события [{ $tag }] может только R5 этого альянса (или модератор).
event-channel-not-yours = Ты не можешь писать в { $channel }, поэтому и напоминания туда отправлять нельзя. Выбери канал, в котором ты можешь писать.
event-role-not-mentionable = Роль { $role } может упоминать не каждый; пинговать её в напоминаниях могут только участники, которым можно упоминать любые роли.
event-created = Событие **{ $title }** запланировано (ID `{ $id }`). Следующий старт: { $next }.
event-none = На этом сервере нет запланированных событий. Создай событие через /событие create.
event-list-header = **Ближайшие события**
event-list-line = `{ $id }` **{ $title }**: { $next } ({ $repeat })
event-paused-tag = (приостановлено)
event-not-found = На этом сервере нет события с таким ID. ID можно посмотреть в /событие list.
event-cancelled = Событие **{ $title }** (`{ $id }`) отменено; напоминаний больше не будет.
event-paused = Событие **{ $title }** приостановлено: напоминаний не будет до /событие resume.
event-resumed = Событие **{ $title }** снова активно.
reminder-starts = **{ $title }** начинается { $when }.
reminder-now = **{ $title }** начинается прямо сейчас!
log-event-channel-lost = Я больше не могу публиковать напоминания **{ $title }** (`{ $id }`) в { $channel } ({ $reason }), поэтому событие приостановлено. Дай DWOS доступ к каналу, затем выполни /событие resume.
cmd-event-edit-description = Измени событие: меняются только указанные параметры
cmd-event-edit-event-description = ID события из /событие list
cmd-event-edit-start-description = Новый первый старт, ГГГГ-ММ-ДД ЧЧ:ММ
cmd-event-edit-timezone-description = Новый часовой пояс старта
cmd-event-edit-repeat-description = Новый повтор
cmd-event-edit-reminders-description = Новые напоминания: минуты до старта через запятую
cmd-event-edit-channel-description = Новый канал для напоминаний
cmd-event-edit-role-description = Новая роль для упоминания
cmd-event-edit-title-description = Новое название
cmd-event-edit-clear-description = Убери роль (без пингов) или своё название
event-updated = Событие **{ $title }** (`{ $id }`) обновлено. Следующий старт: { $next }.
event-list-page = Страница { $page } из { $pages }
event-announcement = **{ $title }**: следующий старт { $next } ({ $repeat }). Напоминания за { $reminders } мин. до старта.
event-button-dm = Напоминать в ЛС
event-button-going = Иду ({ $count })
event-button-not-going = Не иду ({ $count })
event-dm-on = Напоминания о **{ $title }** будут приходить тебе и в ЛС. Нажми кнопку ещё раз, чтобы отключить.
event-dm-off = Больше никаких ЛС о **{ $title }**.

# /giftcode
cmd-giftcode-name = подарочный-код
cmd-giftcode-description = Подарочные коды: добавление, список, активация и автоактивация
cmd-giftcode-add-description = Добавь подарочный код и активируй его для всех согласившихся участников (модераторы)
cmd-giftcode-add-code-description = Код в том виде, в каком его показывает игра
cmd-giftcode-list-description = Подарочные коды, ещё действующие на этом сервере
cmd-giftcode-redeem-description = Активируй подарочный код для своего привязанного игрока прямо сейчас
cmd-giftcode-redeem-code-description = Код в том виде, в каком его показывает игра
cmd-giftcode-auto-description = Пусть DWOS активирует для тебя каждый новый подарочный код — или отключи это
cmd-giftcode-auto-mode-description = Вкл. или выкл.
giftcode-bad-code = Это не похоже на подарочный код: от 4 до 20 букв и цифр, без пробелов.
giftcode-no-tester = Мне нужен игрок, на котором можно сначала проверить код: верифицируй свой аккаунт через /верификация или задай тестового игрока через /настройка test_player (и домашний штат).
giftcode-game-busy = Игра не ответила на тестовую активацию. Ничего не объявлено; попробуй снова через несколько минут.
giftcode-test-inconclusive = Результат тестовой активации: { $outcome }. О самом коде это ничего не говорит, поэтому ничего не объявлено. Проверь тестового игрока в /настройка.
giftcode-added = Подарочный код **{ $code }** работает (тест: { $outcome }). Код объявлен и активируется для { $count ->
        [one] { $count } согласившегося участника
        [few] { $count } согласившихся участников
        [many] { $count } согласившихся участников
       *[other] { $count } согласившегося участника
    }.
giftcode-again = Подарочный код **{ $code }** уже добавлялся. Активирую его для { $count ->
        [one] { $count } согласившегося участника
        [few] { $count } согласившихся участников
        [many] { $count } согласившихся участников
       *[other] { $count } согласившегося участника
    }; тех, у кого он уже активирован, это не коснётся.
giftcode-announcement = 🎁 Новый подарочный код: **{ $code }**. Нажми кнопку, чтобы активировать его для своего привязанного игрока, или включи автоактивацию через /подарочный-код auto.
giftcode-redeem-button = Активировать для меня
giftcode-list-empty = На этом сервере нет действующих подарочных кодов.
giftcode-list-title = **Действующие подарочные коды**
giftcode-list-line = **{ $code }**, добавлен { $added }: готово: { $done }/{ $total }
giftcode-auto-on = Готово: DWOS будет активировать новые подарочные коды для твоего привязанного игрока. Для этого он отправляет игре только твой ID игрока, штат и код — больше ничего. Отключить можно в любой момент через /подарочный-код auto off.
giftcode-auto-off = Готово: DWOS больше не будет автоматически активировать для тебя подарочные коды. Ты всё равно можешь нажать «Активировать для меня».
giftcode-consent = **Подарочные коды:** активировать новые подарочные коды для тебя автоматически? DWOS отправляет игре только твой ID игрока, штат и код — больше ничего. Изменить это можно в любой момент через /подарочный-код auto.
giftcode-consent-yes = Да, активируй для меня
giftcode-consent-no = Нет, спасибо
giftcode-dead-expired = Срок действия кода истёк: дальнейшая активация остановлена.
giftcode-dead-not-found = Игра не знает этот код: дальнейшая активация остановлена.
giftcode-dead-usage-limit = Лимит активаций кода исчерпан: дальнейшая активация остановлена.
giftcode-report-title = 🎁 **{ $code }**: участники { $done }/{ $total }
giftcode-report-redeemed = ✅ Активировано: { $count }
giftcode-report-already = ☑️ Уже был: { $count }
giftcode-report-furnace = 🔥 Слишком низкий уровень печи: { $count }
giftcode-report-wrong-state = 🗺️ Не тот штат: { $count }
giftcode-report-failed = ⚠️ Ошибка: { $count }
giftcode-detail-button = Подробнее
giftcode-detail-title = **{ $code }** по участникам:
giftcode-detail-more = …и ещё { $count }.
giftcode-outcome-redeemed = активирован
giftcode-outcome-already-redeemed = уже был активирован
giftcode-outcome-same-type-redeemed = уже был активирован код этого типа
giftcode-outcome-expired = срок действия кода истёк
giftcode-outcome-not-found = игра не знает этот код
giftcode-outcome-usage-limit = лимит активаций кода исчерпан
giftcode-outcome-furnace-too-low = уровень печи слишком низкий для этого кода
giftcode-outcome-spend-required = сначала нужна покупка
giftcode-outcome-vip-required = слишком низкий уровень VIP
giftcode-outcome-wrong-state = игрок не в том штате, который известен DWOS
giftcode-outcome-no-such-player = в игре нет игрока с таким ID
giftcode-outcome-failed = игра не ответила; попробуй позже
giftcode-verify-first = Сначала верифицируй игровой аккаунт через /верификация: DWOS активирует коды для твоего привязанного игрока.
giftcode-mine = Подарочный код **{ $code }**: { $outcome }.

# /moderators, /news
cmd-moderators-name = модераторы
cmd-moderators-description = Кто модерирует DWOS здесь, помимо участников с правом «Управлять сервером»
cmd-moderators-add-description = Сделай роль или участника модератором DWOS
cmd-moderators-add-role-description = Роль, участники которой модерируют
cmd-moderators-add-member-description = Участник, который модерирует
cmd-moderators-remove-description = Убери роль или участника из модераторов
cmd-moderators-remove-role-description = Роль
cmd-moderators-remove-member-description = Участник
cmd-moderators-list-description = Список ролей и участников-модераторов
cmd-news-name = новости
cmd-news-description = Опубликуй новость в канале, с переводами (модераторы)
moderators-need-target = Укажи роль, участника или и то и другое.
moderators-too-many = Лимит на сервере: ролей модераторов — не больше { $max }, участников-модераторов — не больше { $max }.
moderators-list = **Модераторы DWOS** (помимо «Управлять сервером»). Роли: { $roles }. Участники: { $members }.
log-refused = { $user } — попытка действия, доступного только модераторам: { $what }
news-modal-title = Новость
news-language-label = Язык (en, ru, es, de, fr, …)
news-language-placeholder = en
news-title-label = Заголовок
news-title-placeholder = Bear Trap переносится на 20:00
news-body-label = Текст
news-body-placeholder = Что нужно знать участникам
news-empty = Для новости нужны заголовок и текст.
news-bad-language = Используй один из этих кодов языка: { $languages }.
news-gone = Этой новости больше нет.
news-draft = Вот твоя новость. Выбери канал для публикации или сначала добавь перевод (переводы: { $languages }).
news-pick-channel = Опубликовать в…
news-add-translation = Добавить перевод
news-posted = Опубликовано в { $channel }.
news-post-failed = Не получилось опубликовать в { $channel }. Проверь, может ли DWOS отправлять туда сообщения.
news-translate-button = Перевести
moderators-bad-role = Эта роль не может быть модераторской: @everyone сделала бы модератором каждого участника, а управляемая роль принадлежит боту или интеграции.
news-channel-forbidden = Ты не можешь отправлять сообщения в этот канал, поэтому DWOS не будет публиковать туда за тебя.
giftcode-outcome-opted-out = больше не привязан или нет согласия: пропущен
giftcode-too-many = За последние 10 минут уже активировано 10 кодов; темп игры общий для всех серверов. Попробуй снова через { $minutes } мин.
giftcode-report-skipped = ⏭️ Пропущено (больше не привязаны или нет согласия): { $count }
privacy-export-button = Экспорт моих данных
privacy-delete-button = Удалить мои данные
privacy-delete-confirm = **Удалить всё, что DWOS хранит о тебе, на всех серверах?** Твои верифицированные аккаунты, членство в альянсах, ответы на события, результаты подарочных кодов, написанные тобой новости и настройки исчезнут навсегда, а DWOS снимет роль «Верифицирован» и выданный им ник там, где это ещё возможно. Это действие нельзя отменить.
privacy-erase-button = Да, удалить всё
privacy-keep-button = Нет, оставить
privacy-kept = Ничего не удалено.
privacy-export-ready = Вот всё, что DWOS хранит о тебе на всех серверах, в виде JSON-файла.
privacy-erased = Готово: { $count ->
        [one] удалена { $count } запись о тебе
        [few] удалены { $count } записи о тебе
        [many] удалено { $count } записей о тебе
       *[other] удалено { $count } записи о тебе
    }. Пройти верификацию снова можно в любой момент.
privacy-erasing = Удаляю твои данные…

## Alliances
cmd-alliance-name = альянс
cmd-alliance-description = Твой альянс: вступление, выход, ранги, состав
cmd-alliance-create-description = Создай альянс и руководи им как R5
cmd-alliance-create-name-description = Полное название альянса
cmd-alliance-create-tag-description = Его тег как в игре: 3 или 4 буквы или цифры
cmd-alliance-join-description = Подай заявку на вступление в один из альянсов этого сервера
cmd-alliance-leave-description = Покинь свой альянс
cmd-alliance-kick-description = Исключи из своего альянса участника ниже рангом (R4 и R5)
cmd-alliance-kick-member-description = Участник, которого нужно исключить
cmd-alliance-rank-description = Назначь ранг участнику своего альянса (R4 и R5)
cmd-alliance-rank-member-description = Участник
cmd-alliance-rank-rank-description = Новый ранг (R5 передаётся через /альянс transfer)
cmd-alliance-transfer-description = Передай руководство (R5) другому участнику (только R5)
cmd-alliance-transfer-member-description = Новый R5
cmd-alliance-dissolve-description = Распусти свой альянс (только R5)
cmd-alliance-info-description = Лидер, ранги и численность альянса
cmd-alliance-info-tag-description = Тег альянса (если пусто — твой)
cmd-alliance-roster-description = Участники альянса, постранично
cmd-alliance-roster-sort-description = Сортировка по рангу, уровню печи или нику
cmd-alliance-roster-tag-description = Тег альянса (если пусто — твой)
alliance-bad-name = Название альянса — от 1 до 32 символов простого текста (без упоминаний, ссылок и разметки).
alliance-form-title = Новый альянс
alliance-form-tag = Тег как в игре (3-4 буквы или цифры)
alliance-form-name = Полное название
alliance-verify-first = Сначала верифицируй игровой аккаунт (/верификация): альянсы — для верифицированных участников.
alliance-leave-first = Ты в [{ $tag }]. Сначала выйди из него через /альянс leave.
alliance-tag-taken = На этом сервере уже есть альянс с тегом [{ $tag }].
alliance-created = Альянс [{ $tag }] { $name } создан. Ты руководишь им как R5.
alliance-permissions = Не удалось настроить некоторые роли, каналы или ники: DWOS нужны права «Управлять ролями», «Управлять каналами» и «Управлять никнеймами», а его роль должна быть выше ролей альянса. Подробности — в канале логов.
alliance-none-yet = На этом сервере пока нет альянсов. Создай первый через /альянс create.
alliance-join-question = В какой альянс ты хочешь вступить? Заявку получат его R4 и R5.
alliance-unknown = На этом сервере нет альянса [{ $tag }].
alliance-not-found = Альянс не найден: укажи тег или сначала вступи в альянс.
alliance-request = { $user } ({ $name }) хочет вступить в [{ $tag }].
alliance-approve-button = Принять
alliance-deny-button = Отклонить
alliance-request-sent = Твоя заявка на вступление в [{ $tag }] отправлена его R4 и R5. Когда они ответят, ты получишь сообщение.
alliance-request-gone = Ничего не изменилось: на заявку { $user } на вступление в [{ $tag }] уже ответили, либо этот участник уже в другом альянсе или больше не верифицирован.
alliance-denied = { $actor } отклонил(а) заявку { $user } на вступление в [{ $tag }].
alliance-approved = { $actor } одобрил(а) вступление { $user } в [{ $tag }].
alliance-welcome = Добро пожаловать в [{ $tag }]! Офицер одобрил твою заявку.
alliance-left = Ты больше не состоишь в [{ $tag }].
alliance-not-in-one = Ты не состоишь в альянсе на этом сервере.
alliance-not-member = { $user } не состоит в [{ $tag }].
alliance-changed-meanwhile = Кто-то другой тем временем изменил данные { $user }. Посмотри ещё раз и повтори попытку.
alliance-kicked = { $user } больше не состоит в [{ $tag }].
alliance-ranked = { $user } теперь { $rank } в [{ $tag }].
alliance-transfer-confirm = Передать руководство [{ $tag }] участнику { $user }? Ты станешь R4.
alliance-transfer-button = Передать R5
alliance-cancel-button = Отмена
alliance-cancelled = Отменено: ничего не изменилось.
alliance-transferred = { $user } теперь руководит [{ $tag }] как R5.
alliance-dissolve-confirm = Распустить [{ $tag }]? Все участники выйдут из альянса, а его роли будут удалены. Каналы можно оставить (с историей) или удалить.
alliance-dissolve-keep = Распустить, каналы оставить
alliance-dissolve-delete = Распустить и удалить каналы
alliance-dissolved = [{ $tag }] распущен.
alliance-info = **[{ $tag }] { $name }**
    R5: { $leader }
    Участников: { $members } (R4: { $r4 }, R3: { $r3 }, R2: { $r2 }, R1: { $r1 })
    Существует с { $created }
alliance-roster = **[{ $tag }]** — { $members ->
        [one] { $members } участник
        [few] { $members } участника
        [many] { $members } участников
       *[other] { $members } участника
    } (страница { $page } из { $pages })
alliance-sort-rank = По рангу
alliance-sort-furnace = По уровню печи
alliance-sort-name = По нику
alliance-not-officer = Это могут делать только R4 и R5 альянса.
alliance-not-below = Ты можешь управлять только участниками ниже тебя рангом.
alliance-not-leader = Это может делать только R5 альянса.
alliance-rank-too-high = Выбери от R1 до R4 (R4 может назначать до R3). R5 передаётся через /альянс transfer.
alliance-on-themselves = С собой так нельзя (чтобы выйти, используй /альянс leave).
alliance-rank-unchanged = У { $user } уже этот ранг.
log-alliance-permissions = Не удалось создать или удалить роли и каналы [{ $tag }]: { $reason }
audit-created = { $actor } создал(а) [{ $tag }] и руководит им как R5.
audit-joined = { $user } вступил(а) в [{ $tag }] как { $rank } (одобрил(а) { $actor }).
audit-left = { $user } покинул(а) [{ $tag }].
audit-kicked = { $actor } исключил(а) { $user } из [{ $tag }].
audit-ranked = { $actor } назначил(а) { $user } ранг { $rank } в [{ $tag }].
audit-transferred = { $actor } передал(а) руководство [{ $tag }] участнику { $user }.
audit-succeeded = { $user } теперь руководит [{ $tag }] как R5: прежний R5 покинул альянс.
audit-dissolved = { $actor } распустил(а) [{ $tag }].

# /setup stats
cmd-setup-stats-description = Создай закрытые голосовые каналы со счётчиками участников, верифицированных игроков и альянсов
setup-stats-made = Каналы статистики: { $channels } (названия обновляются в течение 10 минут после изменения числа).
setup-stats-failed = Не удалось создать каналы статистики: DWOS нужно право «Управлять каналами».
stats-channel-members = Участников: { $count }
stats-channel-verified = Верифицированных: { $count }
stats-channel-alliances = Альянсов: { $count }

# /language
cmd-language-name = язык
cmd-language-description = Выбери язык, на котором DWOS общается с тобой на всех серверах и в ЛС
cmd-language-language-description = Твой язык («Discord» — снова как в приложении Discord)
language-set = Теперь я буду отвечать тебе на русском — на любом сервере и в ЛС.
language-automatic = Теперь я снова буду следовать языку твоего приложения Discord.

# /dashboard
cmd-dashboard-name = кабинет
cmd-dashboard-description = Твоя личная страница: верификация, альянс, язык и что DWOS делает для тебя
dashboard-title = **Твой личный кабинет DWOS**
dashboard-verified = Верификация пройдена: игрок { $id }, **{ $name }**, штат { $state } (ник с твоих слов)
dashboard-not-verified = На этом сервере верификация ещё не пройдена: используй /верификация.
dashboard-furnace = Печь: { $furnace }
dashboard-alliance = Альянс: { $alliance }
dashboard-not-set = нет
dashboard-language = Язык: { $language }
dashboard-language-discord = как в приложении Discord
dashboard-reminder-dms = Напоминания о событиях в ЛС на этом сервере: { $on }
dashboard-auto-redeem = Автоактивация подарочных кодов: { $on }
dashboard-on = включено
dashboard-off = выключено
dashboard-hint = Язык меняется через /язык, а твои данные — через /приватность.
dashboard-dm-on-button = Напоминать в ЛС
dashboard-dm-off-button = Не напоминать в ЛС
dashboard-redeem-on-button = Активировать коды для меня
dashboard-redeem-off-button = Не активировать для меня

# /registration-help
cmd-registration-help-name = помощь-с-регистрацией
cmd-registration-help-description = Как пройти верификацию: где в игре найти свой ID игрока и штат
registration-help-text = **Как пройти верификацию в DWOS**
    1. В WhiteOut Survival нажми на свой аватар (слева вверху). Твой **ID игрока** — число под ником; нажми на него, чтобы скопировать.
    2. Твой **штат** — число после **#**, которое видно в профиле и на карте мира (напр. #245).
    3. Здесь используй /верификация (или кнопку «Пройти верификацию» в канале приветствия) и введи ID, штат и свой ник в игре.
    DWOS спрашивает у игры, есть ли этот ID в этом штате; ник и уровень печи берутся с твоих слов.

# /ticket and /close-ticket
cmd-ticket-name = тикет
cmd-ticket-description = Начни приватный разговор с модераторами
cmd-ticket-subject-description = О чём речь, в двух словах
cmd-close-ticket-name = закрыть-тикет
cmd-close-ticket-description = Закрой свой тикет (или, в ветке тикета, этот тикет)
ticket-bad-subject = Укажи тему: от 1 до 100 символов простого текста.
ticket-already-open = У тебя уже есть открытый тикет: { $ticket }. Закрой его через /закрыть-тикет, прежде чем открывать новый.
ticket-cannot-open = Не удалось открыть здесь приватную ветку. Попробуй в другом канале или попроси модератора дать DWOS право «Создавать приватные ветки».
ticket-opening = Тикет от { $user }: **{ $subject }**
    Пиши здесь — модераторы видят эту ветку. Когда вопрос решён, нажми «Закрыть».
ticket-close-button = Закрыть
ticket-opened = Твой тикет открыт: { $thread }
ticket-none = У тебя нет открытых тикетов.
ticket-closed = Тикет закрыт; сводка отправлена в канал логов.
log-ticket-opened = { $user } открыл(а) тикет: **{ $subject }** ({ $thread }).
log-ticket-closed = Тикет закрыт: **{ $subject }** от { $user }, открыт { $opened }, закрыт { $closed } участником { $by }, { $messages ->
        [one] { $messages } сообщение
        [few] { $messages } сообщения
        [many] { $messages } сообщений
       *[other] { $messages } сообщения
    }.

# /rules
cmd-rules-name = правила
cmd-rules-description = Правила сервера: просмотр, а для модераторов — текст, публикация и расписание
cmd-rules-show-description = Посмотри правила сервера
cmd-rules-set-description = Напиши правила (форма); по желанию — роль для всех, кто их примет
cmd-rules-set-role-description = Роль за «Принимаю» (без прав модератора)
cmd-rules-post-description = Опубликуй правила с кнопкой «Принимаю»
cmd-rules-post-channel-description = Канал для публикации
cmd-rules-automation-description = Публикуй правила повторно раз в несколько дней (0 — отключить)
cmd-rules-automation-every-days-description = Дней между публикациями, от 1 до 365 (0 — больше никогда)
cmd-rules-log-description = Кто принял правила, сначала новые
rules-form-title = Правила сервера
rules-form-label = Правила
rules-form-placeholder = Одно правило на строку; Markdown работает.
rules-bad-text = Правила — от 1 до 1900 символов.
rules-saved = Правила сохранены. Опубликуй их через /правила post.
rules-changed-meanwhile = Другой модератор изменил правила во время твоего редактирования; ничего не сохранено. Снова открой /правила set, чтобы начать с его версии.
rules-none = На этом сервере пока нет правил. Модератор пишет их через /правила set.
rules-role-elevated = Роль { $role } даёт права модератора или управляется интеграцией: её нельзя выдавать всем, кто принял правила.
rules-cannot-post = Не могу публиковать в этом канале: проверь, что и DWOS, и ты можете отправлять туда сообщения.
rules-posted = Правила опубликованы в { $channel }.
rules-bad-days = Укажи число дней от 0 до 365.
rules-post-first = Сначала опубликуй правила один раз через /правила post; автоматизация будет публиковать их повторно в том же канале.
rules-automation-on = Правила будут публиковаться повторно раз в { $days ->
        [one] { $days } день
        [few] { $days } дня
        [many] { $days } дней
       *[other] { $days } дня
    }.
rules-automation-off = Правила больше не будут публиковаться автоматически.
rules-log-empty = Правила пока никто не принял.
rules-log-header = **{ $count ->
        [one] { $count } участник принял
        [few] { $count } участника приняли
        [many] { $count } участников приняли
       *[other] { $count } участника приняли
    } правила** (сначала новые):
rules-accept-button = Принимаю
rules-accepted = Спасибо: твоё согласие с правилами записано.
rules-accepted-before = Твоё согласие с правилами уже было записано раньше; ничего не изменилось.
log-rules-role-elevated = Роль { $role }, которую выдают за принятие правил, теперь даёт права модератора: DWOS больше её не выдаёт. Выбери другую через /правила set.
