# Command names and descriptions, sent to Discord by `dwos register-commands`.
cmd-help-name = help
cmd-help-description = اعرض ما يمكن أن يقدّمه لك DWOS
cmd-stats-name = stats
cmd-stats-description = اعرض إحصائيات أعضاء هذا الخادم

# /help
help-header = **DWOS — مساعدك لشؤون التحالف في WhiteOut Survival**
help-moderators = للمشرفين:

# Replies to things DWOS does not handle.
unknown-interaction = لا أعرف هذا بعد. جرّب `/help` لترى ما يمكنني فعله.
guild-only = يعمل هذا الأمر داخل الخوادم فقط.
try-again-later = حدث خطأ من جهتي. يُرجى المحاولة مجددًا بعد دقيقة.

# /stats
stats-summary = **{ $guild }**
    الأعضاء: { $members }
    المتصلون الآن: { $online }
    اللاعبون الموثّقون: { $verified }
stats-unavailable = لا يمكنني قراءة إحصائيات هذا الخادم. تأكّد من أن DWOS عضو في هذا الخادم.

# /verify and /reverify
cmd-verify-name = verify
cmd-verify-description = اربط حسابك في WhiteOut Survival بهذا الخادم
cmd-reverify-name = reverify
cmd-reverify-description = أعد التحقق من حساب اللعبة المرتبط بك لدى اللعبة (الولاية، الدور، اللقب)
verify-modal-title = تحقّق من حساب اللعبة
verify-modal-label = معرّف اللاعب في WhiteOut Survival
verify-modal-placeholder = الرقم الظاهر في ملفك الشخصي داخل اللعبة، مثل 12345678
verify-state-label = رقم ولايتك
verify-state-placeholder = رقم ولايتك بعد #، مثل 245 (فارغ: ولاية هذا الخادم)
verify-name-label = اسمك داخل اللعبة
verify-name-placeholder = كما يظهر في اللعبة؛ وسيصبح لقبك هنا
verify-bad-id = لا يبدو هذا معرّف لاعب. إنه الرقم الظاهر في ملفك الشخصي داخل اللعبة.
verify-bad-state = لا يبدو هذا رقم ولاية. إنه الرقم الذي يلي # في اسم ولايتك، من 1 إلى 9999.
verify-bad-name = يُرجى إدخال اسمك داخل اللعبة: من 1 إلى 24 حرفًا، دون @ # < > ` * _ ~ |.
verify-need-state = يُرجى إدخال رقم ولايتك: لم تُحدَّد ولاية أساسية لهذا الخادم.
verify-start-again = هذا النموذج من إصدار أقدم من DWOS. يُرجى استخدام /verify مجددًا.
verify-unknown-player = لا يوجد في اللعبة لاعب بالمعرّف { $id }. تحقّق من الرقم في ملفك الشخصي داخل اللعبة.
verify-wrong-state = تقول اللعبة إن اللاعب { $id } ليس في الولاية { $state }. تحقّق من رقم ولايتك وحاول مجددًا.
verify-try-again = حاول مجددًا
verify-moved-unknown = تقول اللعبة إن اللاعب { $id } لم يعد في الولاية { $state }، ولم أتمكّن من العثور على ولايته الجديدة في الجوار. استخدم /verify مع رقم ولايتك الجديدة.
verify-too-many = لقد حاولت 5 مرات خلال آخر 30 دقيقة. يُرجى الانتظار ثم المحاولة مجددًا (الوقت المتبقي: { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }).
verify-taken = معرّف اللاعب { $id } مرتبط بالفعل بعضو آخر في هذا الخادم. إن كان لك، فاطلب من أحد المشرفين فكّ ربطه.
furnace-level = المستوى { $level }
furnace-not-declared = غير مُعلَن
furnace-question = ما مستوى فرنك؟ (اختياري)
furnace-placeholder = اختر مستوى فرنك
furnace-skip = تخطَّ
furnace-noted = سُجّل مستوى الفرن { $furnace } (كما أعلنته).
verify-done = تم التحقق: أكّدت اللعبة وجود اللاعب { $id } في الولاية { $state }. لقبك هنا هو **{ $nickname }** (كما أعلنته).
verify-stored = يحفظ DWOS معرّفك في Discord مع معرّف اللاعب هذا والولاية والاسم ومستوى الفرن لهذا الخادم، ويتحقق من المعرّف والولاية لدى اللعبة مرة في الأسبوع تقريبًا. يخبرك /privacy بالمزيد.
verify-refreshed = تم الفحص: اللاعب { $id } في الولاية { $state }. اسمك **{ $nickname }**، والفرن { $furnace } (كما أعلنتهما).
verify-not-linked = لم تتحقق من حساب اللعبة هنا بعد. استخدم /verify أولًا.
verify-permissions = تم التحقق منك، لكنني لم أتمكّن من منحك دور «موثّق» أو تعيين لقبك. على أحد المشرفين منح DWOS صلاحيتَي Manage Roles و Manage Nicknames، ونقل دوره فوق دور «موثّق».
verify-game-down = خوادم اللعبة لا تستجيب الآن. هذه المحاولة لا تُحتسب؛ سأواصل المحاولة لبضع دقائق، وإن لم تتغير هذه الرسالة فأعد استخدام /verify لاحقًا.
verify-role-name = موثّق
log-verified = تحقّق { $user } باسم { $nickname } (المعرّف { $id }، الولاية { $state }؛ الاسم مُعلَن).
log-permissions = تعذّر منح { $user } دور «موثّق» أو اللقب: { $reason }

# /setup and /unlink (moderators)
cmd-setup-name = setup
cmd-setup-description = إعداد التحقق: دور «موثّق» وقناة السجل واللغة، ونشر لوحة التحقق
cmd-setup-role-description = الدور الذي يُمنح للأعضاء الموثّقين (الافتراضي: دور باسم «موثّق»)
cmd-setup-log-channel-description = القناة التي يسجّل فيها DWOS عمليات التحقق والتغييرات
cmd-setup-language-description = لغة DWOS الافتراضية في هذا الخادم
cmd-setup-home-state-description = رقم الولاية التي يخصّها هذا الخادم (يُملأ مسبقًا في /verify)
cmd-setup-giftcode-channel-description = القناة التي تُعلَن فيها أكواد الهدايا الجديدة ونتائج استردادها
cmd-setup-test-player-description = معرّف لاعب تُجرَّب عليه أكواد الهدايا الجديدة أولًا، حين لا يملك المشرف حسابًا مرتبطًا
cmd-unlink-name = unlink
cmd-unlink-description = فكّ ربط حساب اللعبة لأحد الأعضاء ليصبح التحقق من المعرّف ممكنًا مجددًا
cmd-unlink-member-description = العضو المراد فكّ ربطه
moderator-only = هذا متاح لمشرفي DWOS فقط: الأعضاء الذين لديهم صلاحية Manage Server، أو الأدوار والأعضاء المحدَّدون عبر /moderators.
setup-saved = حُفظ الإعداد. دور الموثّقين: { $role }. قناة السجل: { $channel }. اللغة: { $language }. الولاية الأساسية: { $state }. أكواد الهدايا: { $giftcodes }. لاعب الاختبار: { $tester }.
setup-not-set = غير محدَّد
setup-panel-failed = حُفظ الإعداد، لكنني لم أتمكّن من نشر لوحة التحقق في هذه القناة. تأكّد من أن DWOS يستطيع إرسال الرسائل هنا.
panel-text = **أهلًا بك!** تحقّق من حسابك في WhiteOut Survival لتتمكّن من دخول هذا الخادم: اضغط الزر وأدخل معرّف اللاعب والولاية واسمك داخل اللعبة. تؤكّد اللعبة المعرّف والولاية، ويحفظهما DWOS مع معرّفك في Discord لهذا الخادم (/privacy).
panel-button = تحقّق
unlink-done = فُكّ ربط { $user } عن اللاعب { $nickname } (المعرّف { $id }). يمكن الآن التحقق من هذا المعرّف مجددًا.
unlink-none = ليس لدى { $user } حساب لعبة مرتبط في هذا الخادم.
log-unlinked = فكّ { $moderator } ربط { $user } عن اللاعب { $nickname } (المعرّف { $id }).

# Weekly check
log-transferred = انتقل { $user } ({ $nickname }، المعرّف { $id }) من الولاية { $old } إلى الولاية #{ $state }.
log-transfer-unknown = لم يعد { $user } ({ $nickname }، المعرّف { $id }) في الولاية { $old }، ولم أتمكّن من العثور على ولايته الجديدة في الجوار. يمكنه استخدام /reverify أو /verify.
log-account-gone = { $user } ({ $nickname }، المعرّف { $id }): لم تتعرّف اللعبة على هذا اللاعب في ثلاث عمليات فحص متتالية. يبدو أن الحساب محذوف؛ لم يُحذف شيء، ويمكن لأحد المشرفين فكّ ربطه عبر /unlink.

# Alliance choice after verification
alliance-question = في أي تحالف أنت؟
alliance-placeholder = اختر تحالفك
alliance-none = بلا تحالف
alliance-other-state = أنا من ولاية أخرى
alliance-new-button = تحالفي ليس في القائمة
alliance-bad-tag = يتكوّن اختصار التحالف من 3 أو 4 أحرف أو أرقام.
alliance-done = تم: أنت { $rank } في [{ $tag }].
alliance-none-done = تم: بلا تحالف.
alliance-other-done = تم: أنت مسجَّل كلاعب من ولاية أخرى.

# /privacy
cmd-privacy-name = privacy
cmd-privacy-description = ما يحفظه DWOS عنك، وكيف تطلب حذفه
privacy-notice = **ما يحفظه DWOS عنك**
    • عند التحقق: معرّفك في Discord، ومعرّف اللاعب والولاية (تؤكّدهما اللعبة عند التحقق ثم مرة في الأسبوع تقريبًا)، والاسم داخل اللعبة ومستوى الفرن اللذان تعلنهما، وتحالفك ورتبتك، ووقت موافقتك.
    • اختياراتك: لغتك، وأكواد الهدايا التي استُردّت لك، والتذكيرات في الرسائل الخاصة، وردودك على الفعاليات، والقواعد التي وافقت عليها، وموضوع التذكرة المفتوحة.
    • آخر يوم استخدمت فيه DWOS، ومحاولات التحقق التي أجريتها خلال آخر 30 دقيقة، لمنع إساءة الاستخدام.
    • لا شيء غير ذلك: لا رسائل ولا عناوين IP.
    → **السبب:** لمنحك الأدوار واللقب الصحيحين في هذا الخادم، وعرض معلومات التحالف لأعضائه.
    → **حقوقك:** تتيح لك الأزرار أدناه تصدير كل ذلك في ملف، أو حذفه (مع إزالة الأدوار واللقب التي منحها DWOS). وإذا لم تستخدم DWOS مدة 180 يومًا، يُحذف كل ذلك تلقائيًا.

# /setup refusals: the Verified role goes to everyone who verifies, so it must be harmless.
setup-needs-manage-roles = تحتاج إلى صلاحية Manage Roles لاختيار الدور الذي يمنحه DWOS للأعضاء الموثّقين.
setup-role-everyone = لا يمكن أن يكون @everyone دور «موثّق»: فكل عضو يملكه بالفعل.
setup-role-managed = الدور { $role } يُدار بواسطة تكامل أو بوت، لذا لا يستطيع DWOS منحه للأعضاء.
setup-role-elevated = الدور { $role } يحمل صلاحيات إشرافية (مثل Administrator أو Manage Server أو Manage Roles أو Ban أو Kick). سيحصل عليها كل من يتحقق، لذا يرفضه DWOS. اختر دورًا بلا هذه الصلاحيات.
setup-role-above-bot = الدور { $role } أعلى من أعلى دور لدى DWOS، لذا لا يستطيع DWOS منحه. انقل دور DWOS فوقه من Server Settings → Roles، ثم شغّل /setup مجددًا.
log-unsafe-role = لم أمنح { $user } الدور { $role }: فهو يحمل صلاحيات إشرافية أو يُدار آليًا. شغّل /setup مع دور آمن.
setup-role-above-you = الدور { $role } أعلى من أعلى دور لديك، لذا لا يمكنك منحه. اطلب ذلك من أحد مديري الخادم، أو اختر دورًا أدنى.
setup-bot-needs-manage-roles = يحتاج DWOS إلى صلاحية Manage Roles ليمنح دور «موثّق». امنحها لدور DWOS، ثم شغّل /setup مجددًا.

# /event
cmd-event-name = event
cmd-event-description = فعاليات اللعبة وتذكيراتها
cmd-event-create-description = أنشئ فعالية مع تذكيرات قبل بدئها
cmd-event-create-type-description = أي فعالية من فعاليات اللعبة
cmd-event-create-start-description = أول موعد بدء، YYYY-MM-DD HH:MM (بالمنطقة الزمنية أدناه)
cmd-event-create-timezone-description = المنطقة الزمنية لموعد البدء (الافتراضي UTC، توقيت اللعبة)
cmd-event-create-repeat-description = كم مرة تتكرر (الافتراضي: المعتاد لهذه الفعالية)
cmd-event-create-reminders-description = الدقائق قبل البدء، مفصولة بفواصل (الافتراضي 10,5,0)
cmd-event-create-channel-description = أين تُرسَل التذكيرات (الافتراضي: هذه القناة)
cmd-event-create-role-description = دور يُشار إليه في التذكيرات
cmd-event-create-title-description = العنوان (مطلوب للفعالية المخصّصة)
cmd-event-create-alliance-description = اختصار التحالف، لفعالية خاصة بتحالف (يديرها R5 فيه)
cmd-event-list-description = الفعاليات القادمة في هذا الخادم
cmd-event-cancel-description = ألغِ فعالية
cmd-event-cancel-event-description = معرّف الفعالية، من /event list
cmd-event-pause-description = أوقف تذكيرات فعالية مؤقتًا
cmd-event-pause-event-description = معرّف الفعالية، من /event list
cmd-event-resume-description = استأنف تذكيرات فعالية
cmd-event-resume-event-description = معرّف الفعالية، من /event list
event-type-bear-trap = فخ الدب
event-type-crazy-joe = جو المجنون
event-type-foundry = Foundry Battle
event-type-canyon-clash = Canyon Clash
event-type-fortress = معركة الحصن
event-type-frostfire-mine = Frostfire Mine
event-type-castle-battle = معركة القلعة
event-type-svs = SvS
event-type-mercenary-prestige = Mercenary Prestige
event-type-daily-reset = إعادة الضبط اليومية
event-type-custom = فعالية
repeat-once = مرة واحدة
repeat-daily = يوميًا
repeat-every-2-days = كل يومين
repeat-weekly = أسبوعيًا
repeat-every-2-weeks = كل أسبوعين
repeat-every-4-weeks = كل 4 أسابيع
repeat-monthly = شهريًا
event-bad-start = لا أستطيع قراءة موعد البدء "{ $start }". اكتبه بالصيغة YYYY-MM-DD HH:MM، مثل 2026-12-01 18:30.
event-bad-zone = "{ $zone }" ليست منطقة زمنية أعرفها. اختر واحدة من القائمة، مثل Asia/Riyadh أو UTC.
event-past = موعد البدء هذا في الماضي والفعالية لا تتكرر. اختر موعدًا لاحقًا.
event-bad-reminders = لا أستطيع قراءة التذكيرات "{ $reminders }". اكتب الدقائق قبل البدء مفصولة بفواصل، مثل 30,10,0.
event-too-many-reminders = الحد الأقصى لعدد التذكيرات في الفعالية الواحدة: { $max }.
event-reminder-too-early = لا يمكن أن يسبق التذكير موعد البدء بأكثر من هذا العدد من الدقائق: { $max } (فلا يسبق الموعد السابق للفعالية، ولا يتجاوز أسبوعًا).
event-title-needed = تحتاج الفعالية المخصّصة إلى عنوان.
event-bad-title = الحد الأقصى لعدد أحرف العنوان: { $max }، دون إشارات أو روابط أو تنسيق.
event-moderators-or-officers = المشرفون وحدهم يديرون فعاليات الخادم؛ أما فعاليات كل تحالف فيديرها R5 فيه.
event-needs-rank = لا يمكن إنشاء فعاليات [{ $tag }] إلا لـ R5 فيه (أو لأحد المشرفين).
event-channel-not-yours = لا يمكنك النشر في { $channel }، لذا لا يمكن إرسال تذكيراتها إلى هناك أيضًا. اختر قناة يمكنك الكتابة فيها.
event-role-not-mentionable = لا يمكن للجميع الإشارة إلى { $role }؛ ولا يمكن جعل التذكيرات تنبّهه إلا للأعضاء القادرين على الإشارة إلى أي دور.
event-created = جُدولت الفعالية **{ $title }** (المعرّف `{ $id }`). الموعد القادم: { $next }.
event-none = لا توجد فعاليات مجدولة في هذا الخادم. أنشئ واحدة عبر /event create.
event-list-header = **الفعاليات القادمة**
event-list-line = `{ $id }` **{ $title }**: { $next } ({ $repeat })
event-paused-tag = (متوقفة مؤقتًا)
event-not-found = لا توجد فعالية بهذا المعرّف في هذا الخادم. يعرض /event list المعرّفات.
event-cancelled = أُلغيت الفعالية **{ $title }** (`{ $id }`)؛ لن تُرسَل تذكيرات أخرى.
event-paused = أُوقفت الفعالية **{ $title }** مؤقتًا: لا تذكيرات حتى /event resume.
event-resumed = عادت الفعالية **{ $title }** إلى العمل.
reminder-starts = موعد بدء **{ $title }**: { $when }.
reminder-now = **{ $title }** تبدأ الآن!
log-event-channel-lost = لم يعد بإمكاني نشر تذكيرات **{ $title }** (`{ $id }`) في { $channel } ({ $reason })، لذا أُوقفت الفعالية مؤقتًا. امنح DWOS صلاحية الوصول إلى القناة، ثم استخدم /event resume.
cmd-event-edit-description = عدّل فعالية: لا يتغير إلا الخيارات التي تحدّدها
cmd-event-edit-event-description = معرّف الفعالية، من /event list
cmd-event-edit-start-description = أول موعد بدء جديد، YYYY-MM-DD HH:MM
cmd-event-edit-timezone-description = المنطقة الزمنية الجديدة لموعد البدء
cmd-event-edit-repeat-description = التكرار الجديد
cmd-event-edit-reminders-description = التذكيرات الجديدة، بالدقائق قبل البدء، مفصولة بفواصل
cmd-event-edit-channel-description = القناة الجديدة للتذكيرات
cmd-event-edit-role-description = الدور الجديد الذي يُشار إليه
cmd-event-edit-title-description = العنوان الجديد
cmd-event-edit-clear-description = أزل الدور (فلا مزيد من التنبيهات) أو العنوان المخصّص
event-updated = حُدّثت الفعالية **{ $title }** (`{ $id }`). الموعد القادم: { $next }.
event-list-page = الصفحة { $page } من { $pages }
event-announcement = **{ $title }**: الموعد القادم { $next } ({ $repeat }). التذكيرات قبل البدء بهذه الدقائق: { $reminders }.
event-button-dm = ذكّرني في الخاص
event-button-going = سأحضر ({ $count })
event-button-not-going = لن أحضر ({ $count })
event-dm-on = ستصلك تذكيرات **{ $title }** في الرسائل الخاصة أيضًا. اضغط الزر مرة أخرى لإيقافها.
event-dm-off = لا مزيد من الرسائل الخاصة بشأن **{ $title }**.

# /giftcode
cmd-giftcode-name = giftcode
cmd-giftcode-description = أكواد الهدايا: الإضافة والعرض والاسترداد والاسترداد التلقائي
cmd-giftcode-add-description = أضف كود هدية واسترده لكل عضو وافق على ذلك (للمشرفين)
cmd-giftcode-add-code-description = الكود كما تعرضه اللعبة
cmd-giftcode-list-description = أكواد الهدايا التي لا تزال سارية في هذا الخادم
cmd-giftcode-redeem-description = استرد كود هدية الآن للاعبك المرتبط
cmd-giftcode-redeem-code-description = الكود كما تعرضه اللعبة
cmd-giftcode-auto-description = اجعل DWOS يسترد لك كل كود هدية جديد، أو أوقف ذلك
cmd-giftcode-auto-mode-description = تشغيل أو إيقاف
giftcode-bad-code = لا يبدو هذا كود هدية: من 4 إلى 20 حرفًا ورقمًا، دون مسافات.
giftcode-no-tester = أحتاج إلى لاعب أجرّب عليه الكود أولًا: تحقّق من حسابك عبر /verify، أو حدّد لاعب اختبار عبر /setup test_player (مع الولاية الأساسية).
giftcode-game-busy = لم تستجب اللعبة لعملية الاسترداد التجريبية. لم يُعلَن عن شيء؛ حاول مجددًا بعد بضع دقائق.
giftcode-test-inconclusive = نتيجة الاسترداد التجريبي: { $outcome }. هذا لا يكشف شيئًا عن الكود، لذا لم يُعلَن عن شيء. تحقّق من لاعب الاختبار في /setup.
giftcode-added = كود الهدية **{ $code }** يعمل (الاختبار: { $outcome }). أُعلن عنه، وجارٍ استرداده { $count ->
        [zero] لـ{ $count } عضو موافق
        [one] لعضو واحد موافق
        [two] لعضوين موافقين
        [few] لـ{ $count } أعضاء موافقين
        [many] لـ{ $count } عضوًا موافقًا
       *[other] لـ{ $count } عضو موافق
    }.
giftcode-again = أُضيف كود الهدية **{ $code }** من قبل. جارٍ استرداده { $count ->
        [zero] لـ{ $count } عضو موافق
        [one] لعضو واحد موافق
        [two] لعضوين موافقين
        [few] لـ{ $count } أعضاء موافقين
        [many] لـ{ $count } عضوًا موافقًا
       *[other] لـ{ $count } عضو موافق
    }؛ ولن يُعاد الطلب لمن استرده بالفعل.
giftcode-announcement = 🎁 كود هدية جديد: **{ $code }**. اضغط الزر لاسترداده للاعبك المرتبط، أو فعّل الاسترداد التلقائي عبر /giftcode auto.
giftcode-redeem-button = استرده لي
giftcode-list-empty = لا توجد أكواد هدايا سارية في هذا الخادم.
giftcode-list-title = **أكواد الهدايا السارية**
giftcode-list-line = **{ $code }**، أُضيف { $added }: اكتمل لـ { $done }/{ $total } من الأعضاء
giftcode-auto-on = تم: سيسترد DWOS أكواد الهدايا الجديدة للاعبك المرتبط. ولذلك يرسل إلى اللعبة معرّف اللاعب وولايتك والكود، لا شيء آخر. يمكنك إيقاف ذلك في أي وقت عبر /giftcode auto off.
giftcode-auto-off = تم: لن يسترد DWOS أكواد الهدايا لك تلقائيًا. لا يزال بإمكانك الضغط على «استرده لي».
giftcode-consent = **أكواد الهدايا:** هل تريد أن يسترد DWOS أكواد الهدايا الجديدة لك تلقائيًا؟ يرسل إلى اللعبة معرّف اللاعب وولايتك والكود، لا شيء آخر. يمكنك تغيير ذلك في أي وقت عبر /giftcode auto.
giftcode-consent-yes = نعم، استردها لي
giftcode-consent-no = لا، شكرًا
giftcode-dead-expired = انتهت صلاحية الكود: لن تتم أي عمليات استرداد أخرى.
giftcode-dead-not-found = اللعبة لا تعرف هذا الكود: لن تتم أي عمليات استرداد أخرى.
giftcode-dead-usage-limit = نفد الكود: لن تتم أي عمليات استرداد أخرى.
giftcode-report-title = 🎁 **{ $code }**: الأعضاء { $done }/{ $total }
giftcode-report-redeemed = ✅ تم الاسترداد: { $count }
giftcode-report-already = ☑️ استردّوه سابقًا: { $count }
giftcode-report-furnace = 🔥 مستوى الفرن منخفض جدًا: { $count }
giftcode-report-wrong-state = 🗺️ ولاية خاطئة: { $count }
giftcode-report-failed = ⚠️ فشل: { $count }
giftcode-detail-button = التفاصيل
giftcode-detail-title = **{ $code }**، عضوًا عضوًا:
giftcode-detail-more = …والمزيد: { $count }.
giftcode-outcome-redeemed = تم الاسترداد
giftcode-outcome-already-redeemed = استرده سابقًا
giftcode-outcome-same-type-redeemed = استرد كودًا من هذا النوع سابقًا
giftcode-outcome-expired = انتهت صلاحية الكود
giftcode-outcome-not-found = اللعبة لا تعرف هذا الكود
giftcode-outcome-usage-limit = نفد الكود
giftcode-outcome-furnace-too-low = مستوى الفرن منخفض جدًا لهذا الكود
giftcode-outcome-spend-required = يتطلب عملية شراء أولًا
giftcode-outcome-vip-required = مستوى VIP منخفض جدًا
giftcode-outcome-wrong-state = اللاعب ليس في الولاية التي يعرفها DWOS
giftcode-outcome-no-such-player = لا يوجد في اللعبة لاعب بهذا المعرّف
giftcode-outcome-failed = لم تستجب اللعبة؛ حاول لاحقًا
giftcode-verify-first = تحقّق أولًا من حساب اللعبة عبر /verify: يسترد DWOS الأكواد للاعبك المرتبط.
giftcode-mine = كود الهدية **{ $code }**: { $outcome }.

# /moderators, /news
cmd-moderators-name = moderators
cmd-moderators-description = من يشرف على DWOS هنا، إلى جانب الأعضاء أصحاب صلاحية Manage Server
cmd-moderators-add-description = اجعل دورًا أو عضوًا مشرفًا على DWOS
cmd-moderators-add-role-description = دور يكون أعضاؤه مشرفين
cmd-moderators-add-member-description = عضو يكون مشرفًا
cmd-moderators-remove-description = أزل دورًا مشرفًا أو عضوًا مشرفًا
cmd-moderators-remove-role-description = الدور
cmd-moderators-remove-member-description = العضو
cmd-moderators-list-description = اعرض الأدوار والأعضاء المشرفين
cmd-news-name = news
cmd-news-description = انشر خبرًا في قناة، مع ترجمات (للمشرفين)
moderators-need-target = حدّد دورًا أو عضوًا أو كليهما.
moderators-too-many = الحد الأقصى في الخادم الواحد: { $max } من أدوار المشرفين و{ $max } من الأعضاء المشرفين.
moderators-list = **مشرفو DWOS** (إلى جانب أصحاب صلاحية Manage Server). الأدوار: { $roles }. الأعضاء: { $members }.
log-refused = حاول { $user } تنفيذ إجراء مخصّص للمشرفين: { $what }
news-modal-title = خبر
news-language-label = اللغة (en, ar, it, es, de, fr, …)
news-language-placeholder = en
news-title-label = العنوان
news-title-placeholder = نقل فخ الدب إلى الساعة 20:00
news-body-label = النص
news-body-placeholder = ما يجب أن يعرفه الأعضاء
news-empty = يحتاج الخبر إلى عنوان ونص.
news-bad-language = استخدم أحد رموز اللغات هذه: { $languages }.
news-gone = لم يعد هذا الخبر موجودًا.
news-draft = هذا منشورك. اختر القناة التي تريد نشره فيها، أو أضف ترجمة أولًا (الترجمات: { $languages }).
news-pick-channel = انشر في…
news-add-translation = أضف ترجمة
news-posted = نُشر في { $channel }.
news-post-failed = لم أتمكّن من النشر في { $channel }. تأكّد من أن DWOS يستطيع إرسال الرسائل هناك.
news-translate-button = ترجم
moderators-bad-role = لا يمكن لهذا الدور أن يكون مشرفًا: فـ @everyone سيجعل كل عضو مشرفًا، والدور المُدار يتبع بوتًا أو تكاملًا.
news-channel-forbidden = لا يمكنك إرسال رسائل في تلك القناة، لذا لن ينشر DWOS هناك نيابةً عنك.
giftcode-outcome-opted-out = لم يعد مرتبطًا أو موافقًا: تم التخطي
giftcode-too-many = لقد استرددت 10 أكواد خلال آخر 10 دقائق، وجميع الخوادم تتقاسم الوتيرة التي تسمح بها اللعبة. حاول مجددًا لاحقًا (الدقائق المتبقية: { $minutes }).
giftcode-report-skipped = ⏭️ تم التخطي (لم يعودوا مرتبطين أو موافقين): { $count }
privacy-export-button = صدّر بياناتي
privacy-delete-button = احذف بياناتي
privacy-delete-confirm = **هل تريد حذف كل ما يحفظه DWOS عنك، في كل الخوادم؟** ستُحذف نهائيًا حساباتك الموثّقة، وعضوياتك في التحالفات، وردودك على الفعاليات، ونتائج أكواد الهدايا، والأخبار التي كتبتها، وتفضيلاتك، وسيُزيل DWOS دور «موثّق» واللقب اللذين منحهما لك حيثما أمكنه ذلك. لا يمكن التراجع عن هذا.
privacy-erase-button = نعم، احذف كل شيء
privacy-keep-button = لا، أبقِها
privacy-kept = لم يُحذف شيء.
privacy-export-ready = إليك كل ما يحفظه DWOS عنك، في كل الخوادم، في ملف JSON.
privacy-erased = تم: { $count ->
        [zero] حُذف { $count } سجل متعلق بك
        [one] حُذف سجل واحد متعلق بك
        [two] حُذف سجلان متعلقان بك
        [few] حُذفت { $count } سجلات متعلقة بك
        [many] حُذف { $count } سجلًا متعلقًا بك
       *[other] حُذف { $count } سجل متعلق بك
    }. يمكنك التحقق مجددًا في أي وقت.
privacy-erasing = جارٍ حذف بياناتك…

## Alliances
cmd-alliance-name = alliance
cmd-alliance-description = تحالفك: الانضمام، المغادرة، الرتب، قائمة الأعضاء
cmd-alliance-create-description = أنشئ تحالفًا وقُده بصفتك R5
cmd-alliance-create-name-description = الاسم الكامل للتحالف
cmd-alliance-create-tag-description = اختصاره كما تعرضه اللعبة: 3 أو 4 أحرف أو أرقام
cmd-alliance-join-description = اطلب الانضمام إلى أحد تحالفات هذا الخادم
cmd-alliance-leave-description = غادر تحالفك
cmd-alliance-kick-description = أزل من تحالفك عضوًا برتبة أدنى (R4 و R5)
cmd-alliance-kick-member-description = العضو المراد إزالته
cmd-alliance-rank-description = امنح عضوًا في تحالفك رتبة (R4 و R5)
cmd-alliance-rank-member-description = العضو
cmd-alliance-rank-rank-description = الرتبة الجديدة (تُنقل رتبة R5 عبر /alliance transfer)
cmd-alliance-transfer-description = سلّم القيادة (R5) لعضو آخر (لـ R5 فقط)
cmd-alliance-transfer-member-description = الـ R5 الجديد
cmd-alliance-dissolve-description = حلّ تحالفك (لـ R5 فقط)
cmd-alliance-info-description = قائد التحالف ورتبه وحجمه
cmd-alliance-info-tag-description = اختصار التحالف (تحالفك إن تُرك فارغًا)
cmd-alliance-roster-description = أعضاء التحالف، صفحة بعد صفحة
cmd-alliance-roster-sort-description = الترتيب حسب الرتبة أو مستوى الفرن أو الاسم
cmd-alliance-roster-tag-description = اختصار التحالف (تحالفك إن تُرك فارغًا)
alliance-bad-name = اسم التحالف نص عادي من 1 إلى 32 حرفًا (دون إشارات أو روابط أو تنسيق).
alliance-form-title = تحالف جديد
alliance-form-tag = الاختصار كما في اللعبة (3-4 أحرف أو أرقام)
alliance-form-name = الاسم الكامل
alliance-verify-first = تحقّق من حساب اللعبة أولًا (/verify): التحالفات مخصّصة للأعضاء الموثّقين.
alliance-leave-first = أنت في [{ $tag }]. غادره أولًا عبر /alliance leave.
alliance-tag-taken = يوجد بالفعل تحالف بالاختصار [{ $tag }] في هذا الخادم.
alliance-created = أُنشئ التحالف [{ $tag }] { $name }. أنت تقوده بصفتك R5.
alliance-permissions = تعذّر ضبط بعض الأدوار أو القنوات أو الألقاب: يحتاج DWOS إلى صلاحيات Manage Roles و Manage Channels و Manage Nicknames، مع وضع دوره فوق أدوار التحالفات. تجد التفاصيل في قناة السجل.
alliance-none-yet = لا توجد تحالفات في هذا الخادم بعد. أنشئ واحدًا عبر /alliance create.
alliance-join-question = إلى أي تحالف تريد الانضمام؟ سيُعرض طلبك على R4 و R5 فيه.
alliance-unknown = لا يوجد تحالف [{ $tag }] في هذا الخادم.
alliance-not-found = لم يُعثر على تحالف: حدّد اختصارًا، أو انضم إلى تحالف أولًا.
alliance-request = يطلب { $user } ({ $name }) الانضمام إلى [{ $tag }].
alliance-approve-button = قبول
alliance-deny-button = رفض
alliance-request-sent = أُرسل طلب انضمامك إلى [{ $tag }] إلى R4 و R5 فيه. ستصلك رسالة عندما يردّون.
alliance-request-gone = لم يتغير شيء: طلب { $user } للانضمام إلى [{ $tag }] تم الرد عليه مسبقًا، أو أنه في تحالف آخر أو لم يعد موثّقًا.
alliance-denied = رفض { $actor } طلب { $user } للانضمام إلى [{ $tag }].
alliance-approved = قبل { $actor } انضمام { $user } عضوًا في [{ $tag }].
alliance-welcome = أهلًا بك في [{ $tag }]! وافق أحد مسؤولي التحالف على طلبك.
alliance-left = غادرت [{ $tag }].
alliance-not-in-one = لست في أي تحالف في هذا الخادم.
alliance-not-member = { $user } ليس عضوًا في [{ $tag }].
alliance-changed-meanwhile = عدّل شخص آخر بيانات { $user } في هذه الأثناء. يُرجى التحقق مجددًا ثم إعادة المحاولة.
alliance-kicked = لم يعد { $user } عضوًا في [{ $tag }].
alliance-ranked = أصبح { $user } الآن { $rank } في [{ $tag }].
alliance-transfer-confirm = هل تريد تسليم قيادة [{ $tag }] إلى { $user }؟ ستصبح R4.
alliance-transfer-button = سلّم R5
alliance-cancel-button = إلغاء
alliance-cancelled = أُلغي: لم يتغير شيء.
alliance-transferred = أصبح { $user } يقود [{ $tag }] الآن بصفته R5.
alliance-dissolve-confirm = هل تريد حلّ [{ $tag }]؟ سيغادره جميع الأعضاء وستُحذف أدواره. يمكن أن تبقى قنواته (بسجلّها) أو تُحذف.
alliance-dissolve-keep = حلّ مع إبقاء القنوات
alliance-dissolve-delete = حلّ وحذف القنوات
alliance-dissolved = حُلّ التحالف [{ $tag }].
alliance-info = **[{ $tag }] { $name }**
    R5: { $leader }
    الأعضاء: { $members } (R4: { $r4 }، R3: { $r3 }، R2: { $r2 }، R1: { $r1 })
    منذ { $created }
alliance-roster = **[{ $tag }]**: { $members ->
        [zero] { $members } عضو
        [one] عضو واحد
        [two] عضوان
        [few] { $members } أعضاء
        [many] { $members } عضوًا
       *[other] { $members } عضو
    } (الصفحة { $page } من { $pages })
alliance-sort-rank = حسب الرتبة
alliance-sort-furnace = حسب مستوى الفرن
alliance-sort-name = حسب الاسم
alliance-not-officer = هذا متاح فقط لـ R4 و R5 في التحالف.
alliance-not-below = لا يمكنك إدارة إلا الأعضاء الذين رتبتهم أدنى من رتبتك.
alliance-not-leader = هذا متاح فقط لـ R5 في التحالف.
alliance-rank-too-high = اختر من R1 إلى R4 (يمكن لـ R4 أن يمنح حتى R3). تُنقل رتبة R5 عبر /alliance transfer.
alliance-on-themselves = لا يمكنك تطبيق ذلك على نفسك (لمغادرة التحالف استخدم /alliance leave).
alliance-rank-unchanged = { $user } يحمل هذه الرتبة بالفعل.
log-alliance-permissions = تعذّر إنشاء أو إزالة أدوار [{ $tag }] وقنواته: { $reason }
audit-created = أنشأ { $actor } التحالف [{ $tag }] ويقوده بصفته R5.
audit-joined = انضم { $user } إلى [{ $tag }] برتبة { $rank } (بموافقة { $actor }).
audit-left = غادر { $user } التحالف [{ $tag }].
audit-kicked = أزال { $actor } العضو { $user } من [{ $tag }].
audit-ranked = منح { $actor } العضو { $user } رتبة { $rank } في [{ $tag }].
audit-transferred = سلّم { $actor } قيادة [{ $tag }] إلى { $user }.
audit-succeeded = أصبح { $user } يقود [{ $tag }] الآن بصفته R5: فقد غادر الـ R5 السابق.
audit-dissolved = حلّ { $actor } التحالف [{ $tag }].

# /setup stats
cmd-setup-stats-description = أنشئ قنوات صوتية مقفلة تعرض عدد الأعضاء واللاعبين الموثّقين والتحالفات
setup-stats-made = قنوات الإحصائيات: { $channels } (تُحدَّث أسماؤها خلال 10 دقائق عند تغيّر أي رقم).
setup-stats-failed = لم أتمكّن من إنشاء قنوات الإحصائيات: يحتاج DWOS إلى صلاحية Manage Channels.
stats-channel-members = الأعضاء: { $count }
stats-channel-verified = الموثّقون: { $count }
stats-channel-alliances = التحالفات: { $count }

# /language
cmd-language-name = language
cmd-language-description = اختر اللغة التي يخاطبك بها DWOS، في كل الخوادم وفي الرسائل الخاصة
cmd-language-language-description = لغتك (اختر «Discord» للعودة إلى اتباع لغة تطبيق Discord)
language-set = من الآن فصاعدًا سأجيبك بالعربية، في كل الخوادم وفي الرسائل الخاصة.
language-automatic = من الآن فصاعدًا سأعود إلى اتباع لغة تطبيق Discord لديك.

# /dashboard
cmd-dashboard-name = dashboard
cmd-dashboard-description = صفحتك الخاصة: التحقق والتحالف واللغة وما يفعله DWOS لأجلك
dashboard-title = **لوحتك في DWOS**
dashboard-verified = موثّق: اللاعب { $id }، **{ $name }**، الولاية { $state } (الاسم كما أعلنته)
dashboard-not-verified = لم تتحقق في هذا الخادم بعد: استخدم /verify.
dashboard-furnace = الفرن: { $furnace }
dashboard-alliance = التحالف: { $alliance }
dashboard-not-set = لا يوجد
dashboard-language = اللغة: { $language }
dashboard-language-discord = مثل تطبيق Discord لديك
dashboard-reminder-dms = تذكيرات الفعاليات في الرسائل الخاصة في هذا الخادم: { $on }
dashboard-auto-redeem = استرداد أكواد الهدايا لك تلقائيًا: { $on }
dashboard-on = مفعّل
dashboard-off = غير مفعّل
dashboard-hint = غيّر لغتك عبر /language، وبياناتك عبر /privacy.
dashboard-dm-on-button = أرسل لي التذكيرات في الخاص
dashboard-dm-off-button = أوقف التذكيرات في الخاص
dashboard-redeem-on-button = استرد الأكواد لي
dashboard-redeem-off-button = أوقف الاسترداد لي

# /registration-help
cmd-registration-help-name = registration-help
cmd-registration-help-description = كيف تتحقق: أين تجد معرّف اللاعب ورقم ولايتك داخل اللعبة
registration-help-text = **كيف تتحقق عبر DWOS**
    1. في WhiteOut Survival، اضغط على صورتك الرمزية (في أعلى زاوية الشاشة). **معرّف اللاعب** هو الرقم الظاهر تحت اسمك؛ اضغط عليه لنسخه.
    2. **ولايتك** هي الرقم الذي يلي **#** في ملفك الشخصي وعلى خريطة العالم (مثل #245).
    3. هنا، استخدم /verify (أو زر «تحقّق» في قناة الترحيب) وأدخل المعرّف والولاية واسمك داخل اللعبة.
    يسأل DWOS اللعبة عمّا إذا كان هذا المعرّف في تلك الولاية؛ أما اسمك ومستوى فرنك فيؤخذان كما تعلنهما.

# /ticket and /close-ticket
cmd-ticket-name = ticket
cmd-ticket-description = افتح محادثة خاصة مع المشرفين
cmd-ticket-subject-description = موضوع التذكرة في بضع كلمات
cmd-close-ticket-name = close-ticket
cmd-close-ticket-description = أغلق تذكرتك (أو، داخل سلسلة تذكرة، تلك التذكرة)
ticket-bad-subject = يُرجى كتابة موضوع من 1 إلى 100 حرف من النص العادي.
ticket-already-open = لديك تذكرة مفتوحة بالفعل: { $ticket }. أغلقها عبر /close-ticket قبل فتح تذكرة أخرى.
ticket-cannot-open = لم أتمكّن من فتح سلسلة خاصة هنا. جرّب في قناة أخرى، أو اطلب من أحد المشرفين منح DWOS صلاحية Create Private Threads.
ticket-opening = تذكرة من { $user }: **{ $subject }**
    اكتب هنا؛ يرى المشرفون هذه السلسلة. اضغط «إغلاق» عند حلّ الأمر.
ticket-close-button = إغلاق
ticket-opened = تذكرتك مفتوحة: { $thread }
ticket-none = ليست لديك تذكرة مفتوحة.
ticket-closed = أُغلقت التذكرة، وأُرسل ملخّص إلى قناة السجل.
log-ticket-opened = فتح { $user } تذكرة: **{ $subject }** ({ $thread }).
log-ticket-closed = أُغلقت تذكرة: **{ $subject }** من { $user }، فُتحت في { $opened }، وأغلقها { $by } في { $closed }، { $messages ->
        [zero] { $messages } رسالة
        [one] رسالة واحدة
        [two] رسالتان
        [few] { $messages } رسائل
        [many] { $messages } رسالة
       *[other] { $messages } رسالة
    }.

# /rules
cmd-rules-name = rules
cmd-rules-description = قواعد الخادم: اعرضها، وللمشرفين: اكتبها وانشرها وجدول نشرها
cmd-rules-show-description = اعرض قواعد الخادم
cmd-rules-set-description = اكتب القواعد (عبر نموذج)، مع دور اختياري يُمنح لكل من يوافق عليها
cmd-rules-set-role-description = الدور الذي يُمنح عند الضغط على «أوافق» (يجب ألا يحمل أي صلاحية إشرافية)
cmd-rules-post-description = انشر القواعد مع زر «أوافق»
cmd-rules-post-channel-description = القناة التي تُنشر فيها
cmd-rules-automation-description = أعد نشر القواعد كل بضعة أيام (0 يوقف ذلك)
cmd-rules-automation-every-days-description = عدد الأيام بين كل نشر وآخر، من 1 إلى 365 (0: لا نشر بعد الآن)
cmd-rules-log-description = من وافق على القواعد، الأحدث أولًا
rules-form-title = قواعد الخادم
rules-form-label = القواعد
rules-form-placeholder = قاعدة واحدة في كل سطر؛ يمكنك استخدام Markdown.
rules-bad-text = يجب أن تتكوّن القواعد من 1 إلى 1900 حرف.
rules-saved = حُفظت القواعد. انشرها عبر /rules post.
rules-changed-meanwhile = غيّر مشرف آخر القواعد أثناء كتابتك؛ لم يُحفظ شيء. افتح /rules set مجددًا لتبدأ من نسخته.
rules-none = لا توجد قواعد في هذا الخادم بعد. يكتبها أحد المشرفين عبر /rules set.
rules-role-elevated = الدور { $role } يحمل صلاحيات إشرافية أو يُدار بواسطة تكامل: لا يمكن منحه لكل من يوافق.
rules-cannot-post = لا يمكنني النشر في تلك القناة: تأكّد من أن DWOS وأنت تستطيعان إرسال الرسائل هناك.
rules-posted = نُشرت القواعد في { $channel }.
rules-bad-days = حدّد عدد أيام من 0 إلى 365.
rules-post-first = انشر القواعد مرة أولى عبر /rules post؛ ثم يعيد النشر التلقائي نشرها في تلك القناة.
rules-automation-on = سيُعاد نشر القواعد { $days ->
        [zero] كل { $days } يوم
        [one] كل يوم
        [two] كل يومين
        [few] كل { $days } أيام
        [many] كل { $days } يومًا
       *[other] كل { $days } يوم
    }.
rules-automation-off = لن يُعاد نشر القواعد تلقائيًا بعد الآن.
rules-log-empty = لم يوافق أحد على القواعد بعد.
rules-log-header = **{ $count ->
        [zero] لم يوافق أي عضو
        [one] وافق عضو واحد
        [two] وافق عضوان
        [few] وافق { $count } أعضاء
        [many] وافق { $count } عضوًا
       *[other] وافق { $count } عضو
    } على القواعد** (الأحدث أولًا):
rules-accept-button = أوافق
rules-accepted = شكرًا: سُجّلت موافقتك على القواعد.
rules-accepted-before = لقد وافقت على القواعد من قبل؛ لم يتغير شيء.
log-rules-role-elevated = دور القواعد { $role } يحمل الآن صلاحيات إشرافية: لم يعد DWOS يمنحه. اختر دورًا آخر عبر /rules set.
