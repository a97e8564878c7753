# Nombres y descripciones de los comandos, enviados a Discord por `dwos register-commands`.
cmd-help-name = ayuda
cmd-help-description = Descubre lo que DWOS puede hacer por ti
cmd-stats-name = estadisticas
cmd-stats-description = Muestra las estadísticas de miembros de este servidor

# /help
help-header = **DWOS — tu asistente de alianza para WhiteOut Survival**
help-moderators = Para moderadores:

# Respuestas a lo que DWOS no gestiona.
unknown-interaction = Eso todavía no lo conozco. Prueba `/ayuda` para ver lo que puedo hacer.
guild-only = Este comando solo funciona dentro de un servidor.
try-again-later = Algo salió mal por mi parte. Vuelve a intentarlo en un minuto.

# /stats
stats-summary = **{ $guild }**
    Miembros: { $members }
    En línea ahora: { $online }
    Jugadores verificados: { $verified }
stats-unavailable = No puedo leer las estadísticas de este servidor. Asegúrate de que DWOS sea miembro de este servidor.

# /verify y /reverify
cmd-verify-name = verificar
cmd-verify-description = Vincula tu cuenta de WhiteOut Survival a este servidor
cmd-reverify-name = reverificar
cmd-reverify-description = Vuelve a comprobar con el juego tu cuenta vinculada (estado, rol, apodo)
verify-modal-title = Verifica tu cuenta del juego
verify-modal-label = Tu ID de jugador de WhiteOut Survival
verify-modal-placeholder = El número de tu perfil del juego, p. ej. 12345678
verify-state-label = El número de tu estado
verify-state-placeholder = El # de tu estado, p. ej. 245 (vacío: el estado de este servidor)
verify-name-label = Tu nombre en el juego
verify-name-placeholder = Tal como aparece en el juego; será tu apodo aquí
verify-bad-id = Eso no parece un ID de jugador. Es el número que aparece en tu perfil del juego.
verify-bad-state = Eso no parece un número de estado. Es el número que va después del # de tu estado, del 1 al 9999.
verify-bad-name = Escribe tu nombre en el juego: de 1 a 24 caracteres, sin @ # < > ` * _ ~ |.
verify-need-state = Escribe el número de tu estado: este servidor no tiene un estado principal configurado.
verify-start-again = Este formulario es de una versión anterior de DWOS. Usa /verificar de nuevo.
verify-unknown-player = El juego no tiene ningún jugador con el ID { $id }. Revisa el número de tu perfil del juego.
verify-wrong-state = Según el juego, el jugador { $id } no está en el estado { $state }. Revisa el número de tu estado y vuelve a intentarlo.
verify-try-again = Reintentar
verify-moved-unknown = Según el juego, el jugador { $id } ya no está en el estado { $state } y no pude encontrar el nuevo en los alrededores. Usa /verificar con el número de tu nuevo estado.
verify-too-many = Has hecho 5 intentos en los últimos 30 minutos. Espera { $minutes ->
        [one] un minuto
        [many] { $minutes } minutos
       *[other] { $minutes } minutos
    } y vuelve a intentarlo.
verify-taken = El ID de jugador { $id } ya está vinculado a otro miembro de este servidor. Si es tuyo, pide a un moderador que lo desvincule.
furnace-level = Nivel { $level }
furnace-not-declared = no declarado
furnace-question = ¿Qué nivel tiene tu Horno? (opcional)
furnace-placeholder = Elige el nivel de tu Horno
furnace-skip = Omitir
furnace-noted = Nivel de Horno { $furnace } anotado (tal como lo declaraste).
verify-done = Verificación completada: el juego confirmó al jugador { $id } en el estado { $state }. Tu apodo aquí es **{ $nickname }** (tal como lo declaraste).
verify-stored = DWOS guarda tu ID de Discord junto con este ID de jugador, estado, nombre y nivel de Horno para este servidor, y comprueba el ID y el estado con el juego aproximadamente una vez por semana. /privacidad te da más detalles.
verify-refreshed = Comprobado: el jugador { $id } está en el estado { $state }. Tu nombre es **{ $nickname }**, Horno { $furnace } (tal como los declaraste).
verify-not-linked = Aún no has verificado tu cuenta del juego aquí. Usa primero /verificar.
verify-permissions = Tu cuenta está verificada, pero no pude darte el rol Verificado ni cambiar tu apodo. Un moderador tiene que dar a DWOS los permisos Gestionar roles y Gestionar apodos, y mover su rol por encima del rol Verificado.
verify-game-down = Los servidores del juego no responden en este momento. Este intento no cuenta; seguiré intentándolo durante unos minutos y, si este mensaje no cambia, vuelve a probar /verificar más tarde.
verify-role-name = Verificado
log-verified = { $user } se verificó como { $nickname } (ID { $id }, estado { $state }; nombre declarado).
log-permissions = No se pudo dar a { $user } el rol Verificado o el apodo: { $reason }

# /setup y /unlink (moderadores)
cmd-setup-name = configurar
cmd-setup-description = Configura la verificación: rol Verificado, canal de registro, idioma y publica el panel
cmd-setup-role-description = Rol que se da a los miembros verificados (por defecto: un rol llamado Verificado)
cmd-setup-log-channel-description = Canal donde DWOS registra las verificaciones y los cambios
cmd-setup-language-description = El idioma predeterminado de DWOS en el servidor
cmd-setup-home-state-description = El número del estado al que corresponde este servidor (prellenado en /verificar)
cmd-setup-giftcode-channel-description = Canal donde se anuncian los nuevos códigos de regalo y se informa de su canje
cmd-setup-test-player-description = ID de jugador con el que se prueba un código nuevo si el moderador no tiene uno vinculado
cmd-unlink-name = desvincular
cmd-unlink-description = Desvincula la cuenta del juego de un miembro para que el ID pueda verificarse de nuevo
cmd-unlink-member-description = El miembro que se desvinculará
moderator-only = Solo los moderadores de DWOS pueden hacer esto: los miembros con Gestionar servidor, o los roles y miembros indicados con /moderadores.
setup-saved = Configuración guardada. Rol de verificado: { $role }. Canal de registro: { $channel }. Idioma: { $language }. Estado principal: { $state }. Códigos de regalo: { $giftcodes }. Jugador de prueba: { $tester }.
setup-not-set = sin configurar
setup-panel-failed = Configuración guardada, pero no pude publicar el panel de verificación en este canal. Comprueba que DWOS pueda enviar mensajes aquí.
panel-text = **¡Te damos la bienvenida!** Verifica tu cuenta de WhiteOut Survival para acceder a este servidor: pulsa el botón y escribe tu ID de jugador, tu estado y tu nombre en el juego. El juego confirma el ID y el estado; DWOS los guarda con tu ID de Discord para este servidor (/privacidad).
panel-button = Verificar
unlink-done = { $user } quedó desvinculado del jugador { $nickname } (ID { $id }). Ahora el ID puede verificarse de nuevo.
unlink-none = { $user } no tiene ninguna cuenta del juego vinculada en este servidor.
log-unlinked = { $moderator } desvinculó a { $user } del jugador { $nickname } (ID { $id }).

# Comprobación semanal
log-transferred = { $user } ({ $nickname }, ID { $id }) se trasladó del estado { $old } al estado #{ $state }.
log-transfer-unknown = { $user } ({ $nickname }, ID { $id }) ya no está en el estado { $old } y no pude encontrar el nuevo estado en los alrededores. Puede usar /reverificar o /verificar.
log-account-gone = { $user } ({ $nickname }, ID { $id }): el juego no reconoce a este jugador desde hace tres comprobaciones seguidas. Parece que la cuenta se eliminó; no se ha quitado nada, un moderador puede desvincularla con /desvincular.

# Elección de alianza tras la verificación
alliance-question = ¿En qué alianza estás?
alliance-placeholder = Elige tu alianza
alliance-none = Sin alianza
alliance-other-state = Soy de otro estado
alliance-new-button = Mi alianza no aparece
alliance-bad-tag = La etiqueta de una alianza tiene 3 o 4 letras o dígitos.
alliance-done = Listo: eres { $rank } en [{ $tag }].
alliance-none-done = Listo: sin alianza.
alliance-other-done = Listo: quedas registrado como jugador de otro estado.

# /privacy
cmd-privacy-name = privacidad
cmd-privacy-description = Qué guarda DWOS sobre ti y cómo pedir que se elimine
privacy-notice = **Qué guarda DWOS sobre ti**
    • Cuando te verificas: tu ID de Discord, tu ID de jugador y tu estado (el juego los confirma cuando te verificas y después aproximadamente una vez por semana), el nombre en el juego y el nivel de Horno que declaras, tu alianza y tu rango, y cuándo diste tu consentimiento.
    • Tus elecciones: tu idioma, los códigos de regalo canjeados para ti, los recordatorios por MD, tus respuestas a los eventos, las reglas que aceptaste y el asunto de un ticket abierto.
    • El último día que usaste DWOS y tus intentos de verificación de los últimos 30 minutos, para evitar abusos.
    • Nada más: ni mensajes ni direcciones IP.
    → **Por qué:** para darte los roles y el apodo correctos en este servidor y mostrar la información de la alianza a sus miembros.
    → **Tus derechos:** los botones de abajo exportan todo en un archivo o lo borran (junto con los roles y el apodo que te dio DWOS). Si no usas DWOS durante 180 días, se borra automáticamente.

# Rechazos de /setup: el rol Verificado se da a todo el que se verifica, así que debe ser inofensivo.
setup-needs-manage-roles = Necesitas el permiso Gestionar roles para elegir el rol que DWOS da a los miembros verificados.
setup-role-everyone = @everyone no puede ser el rol Verificado: todos los miembros ya lo tienen.
setup-role-managed = { $role } está gestionado por una integración o un bot, así que DWOS no puede darlo a los miembros.
setup-role-elevated = { $role } tiene permisos de moderador (como Administrador, Gestionar servidor, Gestionar roles, Banear miembros o Expulsar miembros). Todos los que se verifiquen los recibirían, así que DWOS lo rechaza. Elige un rol sin esos permisos.
setup-role-above-bot = { $role } está por encima del rol más alto de DWOS, así que DWOS no puede darlo. Mueve el rol de DWOS por encima de él en Ajustes del servidor → Roles y vuelve a ejecutar /configurar.
log-unsafe-role = No le di a { $user } el rol { $role }: tiene permisos de moderador o está gestionado. Ejecuta /configurar con un rol inofensivo.
setup-role-above-you = { $role } está por encima de tu rol más alto, así que no puedes asignarlo. Pídeselo a un administrador o elige un rol más bajo.
setup-bot-needs-manage-roles = DWOS necesita el permiso Gestionar roles para dar el rol Verificado. Concédeselo al rol de DWOS y vuelve a ejecutar /configurar.

# /event
cmd-event-name = evento
cmd-event-description = Eventos del juego y sus recordatorios
cmd-event-create-description = Crea un evento con recordatorios antes de que empiece
cmd-event-create-type-description = Qué evento del juego
cmd-event-create-start-description = Primer inicio, AAAA-MM-DD HH:MM (en la zona horaria de abajo)
cmd-event-create-timezone-description = Zona horaria del inicio (por defecto UTC, el reloj del juego)
cmd-event-create-repeat-description = Cada cuánto se repite (por defecto: lo habitual para este evento)
cmd-event-create-reminders-description = Minutos antes del inicio, separados por comas (por defecto 10,5,0)
cmd-event-create-channel-description = Dónde se envían los recordatorios (por defecto: este canal)
cmd-event-create-role-description = Un rol que mencionar en los recordatorios
cmd-event-create-title-description = Título (obligatorio para un evento personalizado)
cmd-event-create-alliance-description = La etiqueta de la alianza, para un evento propio de una alianza (su R5)
cmd-event-list-description = Los próximos eventos de este servidor
cmd-event-cancel-description = Cancela un evento
cmd-event-cancel-event-description = El ID del evento, que aparece en /evento list
cmd-event-pause-description = Pausa los recordatorios de un evento
cmd-event-pause-event-description = El ID del evento, que aparece en /evento list
cmd-event-resume-description = Reanuda los recordatorios de un evento
cmd-event-resume-event-description = El ID del evento, que aparece en /evento list
event-type-bear-trap = Bear Trap
event-type-crazy-joe = Crazy Joe
event-type-foundry = Foundry Battle
event-type-canyon-clash = Canyon Clash
event-type-fortress = Fortress Battle
event-type-frostfire-mine = Frostfire Mine
event-type-castle-battle = Castle Battle
event-type-svs = SvS
event-type-mercenary-prestige = Mercenary Prestige
event-type-daily-reset = Reinicio diario
event-type-custom = Evento
repeat-once = una vez
repeat-daily = cada día
repeat-every-2-days = cada 2 días
repeat-weekly = cada semana
repeat-every-2-weeks = cada 2 semanas
repeat-every-4-weeks = cada 4 semanas
repeat-monthly = cada mes
event-bad-start = No puedo leer el inicio "{ $start }". Escríbelo como AAAA-MM-DD HH:MM, por ejemplo 2026-12-01 18:30.
event-bad-zone = "{ $zone }" no es una zona horaria que conozca. Elige una de la lista, por ejemplo Europe/Madrid o UTC.
event-past = Ese inicio ya pasó y el evento no se repite. Elige un inicio posterior.
event-bad-reminders = No puedo leer los recordatorios "{ $reminders }". Escribe los minutos antes del inicio separados por comas, por ejemplo 30,10,0.
event-too-many-reminders = Como máximo { $max } recordatorios por evento.
event-reminder-too-early = Un recordatorio puede ser como máximo { $max } minutos antes del inicio (no antes de la repetición anterior del evento, y como máximo una semana).
event-title-needed = Un evento personalizado necesita un título.
event-bad-title = El título puede tener como máximo { $max } caracteres, sin menciones, enlaces ni formato.
event-moderators-or-officers = Solo los moderadores gestionan los eventos del servidor; el R5 de una alianza gestiona los de la suya.
event-needs-rank = Solo el R5 de [{ $tag }] (o un moderador) puede crear sus eventos.
event-channel-not-yours = No puedes publicar en { $channel }, así que sus recordatorios tampoco pueden ir allí. Elige un canal en el que puedas escribir.
event-role-not-mentionable = No todos pueden mencionar { $role }; solo los miembros que pueden mencionar cualquier rol pueden hacer que los recordatorios lo mencionen.
event-created = Evento programado: **{ $title }** (ID `{ $id }`). Próximo: { $next }.
event-none = No hay eventos programados en este servidor. Crea uno con /evento create.
event-list-header = **Próximos eventos**
event-list-line = `{ $id }` **{ $title }**: { $next } ({ $repeat })
event-paused-tag = (en pausa)
event-not-found = No hay ningún evento con ese ID en este servidor. /evento list muestra los ID.
event-cancelled = Evento cancelado: **{ $title }** (`{ $id }`); no habrá más recordatorios.
event-paused = Evento en pausa: **{ $title }**; no habrá recordatorios hasta /evento resume.
event-resumed = Evento reactivado: **{ $title }**.
reminder-starts = **{ $title }** empieza { $when }.
reminder-now = ¡**{ $title }** empieza ahora!
log-event-channel-lost = Ya no puedo publicar recordatorios de **{ $title }** (`{ $id }`) en { $channel } ({ $reason }), así que el evento está en pausa. Dale a DWOS acceso al canal y luego usa /evento resume.
cmd-event-edit-description = Modifica un evento: solo cambian las opciones que indiques
cmd-event-edit-event-description = El ID del evento, que aparece en /evento list
cmd-event-edit-start-description = Nuevo primer inicio, AAAA-MM-DD HH:MM
cmd-event-edit-timezone-description = Nueva zona horaria del inicio
cmd-event-edit-repeat-description = Nueva repetición
cmd-event-edit-reminders-description = Nuevos recordatorios, minutos antes del inicio, separados por comas
cmd-event-edit-channel-description = Nuevo canal para los recordatorios
cmd-event-edit-role-description = Nuevo rol que mencionar
cmd-event-edit-title-description = Nuevo título
cmd-event-edit-clear-description = Quita el rol (sin más menciones) o el título personalizado
event-updated = Evento actualizado: **{ $title }** (`{ $id }`). Próximo: { $next }.
event-list-page = Página { $page } de { $pages }
event-announcement = **{ $title }**: próximo { $next } ({ $repeat }). Recordatorios { $reminders } minutos antes.
event-button-dm = Avísame por MD
event-button-going = Voy ({ $count })
event-button-not-going = No voy ({ $count })
event-dm-on = También recibirás por MD los recordatorios de **{ $title }**. Pulsa el botón otra vez para dejar de recibirlos.
event-dm-off = Ya no recibirás MD de **{ $title }**.

# /giftcode
cmd-giftcode-name = codigo-regalo
cmd-giftcode-description = Códigos de regalo: añadir, listar, canjear y canje automático
cmd-giftcode-add-description = Añade un código de regalo y canjéalo para los miembros con canje automático (moderadores)
cmd-giftcode-add-code-description = El código, tal como lo muestra el juego
cmd-giftcode-list-description = Los códigos de regalo aún activos en este servidor
cmd-giftcode-redeem-description = Canjea ahora un código de regalo para tu jugador vinculado
cmd-giftcode-redeem-code-description = El código, tal como lo muestra el juego
cmd-giftcode-auto-description = Haz que DWOS canjee por ti cada nuevo código de regalo, o desactívalo
cmd-giftcode-auto-mode-description = Activado o desactivado
giftcode-bad-code = Eso no parece un código de regalo: de 4 a 20 letras y dígitos, sin espacios.
giftcode-no-tester = Necesito un jugador con el que probar primero el código: verifica tu propia cuenta con /verificar, o configura un jugador de prueba con /configurar test_player (y el estado principal).
giftcode-game-busy = El juego no respondió al canje de prueba. No se anunció nada; vuelve a intentarlo en unos minutos.
giftcode-test-inconclusive = El canje de prueba respondió: { $outcome }. Eso no dice nada sobre el código, así que no se anunció nada. Revisa el jugador de prueba en /configurar.
giftcode-added = El código de regalo **{ $code }** funciona (prueba: { $outcome }). Anunciado y en proceso de canje para { $count ->
        [one] el único miembro con canje automático
        [many] los { $count } miembros con canje automático
       *[other] los { $count } miembros con canje automático
    }.
giftcode-again = El código de regalo **{ $code }** ya se había añadido. Se está canjeando para { $count ->
        [one] el único miembro con canje automático
        [many] los { $count } miembros con canje automático
       *[other] los { $count } miembros con canje automático
    }; se omite a quienes ya lo tienen.
giftcode-announcement = 🎁 Nuevo código de regalo: **{ $code }**. Pulsa el botón para canjearlo para tu jugador vinculado, o activa el canje automático con /codigo-regalo auto.
giftcode-redeem-button = Canjear para mí
giftcode-list-empty = No hay códigos de regalo activos en este servidor.
giftcode-list-title = **Códigos de regalo activos**
giftcode-list-line = **{ $code }**, añadido { $added }: canjeado para { $done }/{ $total } miembros
giftcode-auto-on = Listo: DWOS canjeará los nuevos códigos de regalo para tu jugador vinculado. Para ello envía al juego tu ID de jugador, tu estado y el código, nada más. Desactívalo cuando quieras con /codigo-regalo auto off.
giftcode-auto-off = Listo: DWOS ya no canjeará códigos de regalo por ti automáticamente. Puedes seguir pulsando "Canjear para mí".
giftcode-consent = **Códigos de regalo:** ¿quieres que DWOS canjee automáticamente los nuevos códigos de regalo por ti? Envía al juego tu ID de jugador, tu estado y el código, nada más. Puedes cambiarlo cuando quieras con /codigo-regalo auto.
giftcode-consent-yes = Sí, canjear por mí
giftcode-consent-no = No, gracias
giftcode-dead-expired = El código expiró: no se canjeará nada más.
giftcode-dead-not-found = El juego no reconoce este código: no se canjeará nada más.
giftcode-dead-usage-limit = El código está agotado: no se canjeará nada más.
giftcode-report-title = 🎁 **{ $code }**: { $done }/{ $total } miembros
giftcode-report-redeemed = ✅ Canjeados: { $count }
giftcode-report-already = ☑️ Ya lo tenían: { $count }
giftcode-report-furnace = 🔥 Horno demasiado bajo: { $count }
giftcode-report-wrong-state = 🗺️ Estado incorrecto: { $count }
giftcode-report-failed = ⚠️ Fallidos: { $count }
giftcode-detail-button = Detalles
giftcode-detail-title = **{ $code }**, miembro por miembro:
giftcode-detail-more = …y { $count } más.
giftcode-outcome-redeemed = canjeado
giftcode-outcome-already-redeemed = ya lo tenía
giftcode-outcome-same-type-redeemed = ya tenía un código de este tipo
giftcode-outcome-expired = el código expiró
giftcode-outcome-not-found = el juego no reconoce este código
giftcode-outcome-usage-limit = el código está agotado
giftcode-outcome-furnace-too-low = nivel de Horno demasiado bajo para este código
giftcode-outcome-spend-required = requiere una compra previa
giftcode-outcome-vip-required = nivel VIP demasiado bajo
giftcode-outcome-wrong-state = el jugador no está en el estado que DWOS conoce
giftcode-outcome-no-such-player = el juego no tiene ningún jugador con este ID
giftcode-outcome-failed = el juego no respondió; inténtalo más tarde
giftcode-verify-first = Primero verifica tu cuenta del juego con /verificar: DWOS canjea los códigos para tu jugador vinculado.
giftcode-mine = Código de regalo **{ $code }**: { $outcome }.

# /moderators, /news
cmd-moderators-name = moderadores
cmd-moderators-description = Quién modera DWOS aquí, además de los miembros con Gestionar servidor
cmd-moderators-add-description = Convierte un rol o un miembro en moderador de DWOS
cmd-moderators-add-role-description = Un rol cuyos miembros moderan
cmd-moderators-add-member-description = Un miembro que modera
cmd-moderators-remove-description = Quita un rol o un miembro moderador
cmd-moderators-remove-role-description = El rol
cmd-moderators-remove-member-description = El miembro
cmd-moderators-list-description = Lista los roles y miembros moderadores
cmd-news-name = noticias
cmd-news-description = Publica una noticia en un canal, con traducciones (moderadores)
moderators-need-target = Indica un rol, un miembro o ambos.
moderators-too-many = Un servidor puede tener como máximo { $max } roles moderadores y { $max } miembros moderadores.
moderators-list = **Moderadores de DWOS** (además de Gestionar servidor). Roles: { $roles }. Miembros: { $members }.
log-refused = { $user } intentó una acción reservada a los moderadores: { $what }
news-modal-title = Noticia
news-language-label = Idioma (en, it, es, de, fr, …)
news-language-placeholder = en
news-title-label = Título
news-title-placeholder = Bear Trap pasa a las 20:00
news-body-label = Texto
news-body-placeholder = Lo que los miembros deben saber
news-empty = Una noticia necesita un título y un texto.
news-bad-language = Usa uno de estos códigos de idioma: { $languages }.
news-gone = Esa noticia ya no existe.
news-draft = Aquí tienes tu noticia. Elige el canal donde publicarla, o añade antes una traducción (traducciones: { $languages }).
news-pick-channel = Publicar en…
news-add-translation = Añadir una traducción
news-posted = Publicada en { $channel }.
news-post-failed = No pude publicar en { $channel }. Comprueba que DWOS pueda enviar mensajes allí.
news-translate-button = Traducir
moderators-bad-role = Ese rol no puede moderar: @everyone convertiría a todos los miembros en moderadores, y un rol gestionado pertenece a un bot o a una integración.
news-channel-forbidden = No puedes enviar mensajes en ese canal, así que DWOS no publicará allí por ti.
giftcode-outcome-opted-out = ya no está vinculado o no tiene el canje automático: omitido
giftcode-too-many = Canjeaste 10 códigos en los últimos 10 minutos; todos los servidores comparten el ritmo del juego. Vuelve a intentarlo en { $minutes } min.
giftcode-report-skipped = ⏭️ Omitidos (ya no vinculados o sin canje automático): { $count }
privacy-export-button = Exportar mis datos
privacy-delete-button = Borrar mis datos
privacy-delete-confirm = **¿Borrar todo lo que DWOS guarda sobre ti, en todos los servidores?** Tus cuentas verificadas, tu pertenencia a alianzas, tus respuestas a eventos, los resultados de los códigos de regalo, las noticias que escribiste y tus preferencias se eliminarán para siempre, y DWOS quitará el rol Verificado y el apodo que te dio donde todavía pueda. Esto no se puede deshacer.
privacy-erase-button = Sí, borrar todo
privacy-keep-button = No, conservar todo
privacy-kept = No se borró nada.
privacy-export-ready = Aquí tienes todo lo que DWOS guarda sobre ti, en todos los servidores, en un archivo JSON.
privacy-erased = Listo: { $count ->
        [one] se borró un registro con tus datos
        [many] se borraron { $count } registros con tus datos
       *[other] se borraron { $count } registros con tus datos
    }. Puedes volver a verificarte cuando quieras.
privacy-erasing = Borrando tus datos…

## Alianzas
cmd-alliance-name = alianza
cmd-alliance-description = Tu alianza: unirte, salir, rangos, lista de miembros
cmd-alliance-create-description = Crea una alianza y lidérala como R5
cmd-alliance-create-name-description = El nombre completo de la alianza
cmd-alliance-create-tag-description = Su etiqueta tal como la muestra el juego: 3 o 4 letras o dígitos
cmd-alliance-join-description = Pide unirte a una de las alianzas de este servidor
cmd-alliance-leave-description = Sal de tu alianza
cmd-alliance-kick-description = Expulsa de tu alianza a un miembro de rango inferior (R4 y R5)
cmd-alliance-kick-member-description = El miembro que se expulsará
cmd-alliance-rank-description = Asigna un rango a un miembro de tu alianza (R4 y R5)
cmd-alliance-rank-member-description = El miembro
cmd-alliance-rank-rank-description = El nuevo rango (el R5 se cede con /alianza transfer)
cmd-alliance-transfer-description = Cede el liderazgo (R5) a otro miembro (solo R5)
cmd-alliance-transfer-member-description = El nuevo R5
cmd-alliance-dissolve-description = Disuelve tu alianza (solo R5)
cmd-alliance-info-description = Líder, rangos y tamaño de una alianza
cmd-alliance-info-tag-description = La etiqueta de la alianza (la tuya si se deja vacío)
cmd-alliance-roster-description = Los miembros de una alianza, página por página
cmd-alliance-roster-sort-description = Ordenar por rango, nivel de Horno o nombre
cmd-alliance-roster-tag-description = La etiqueta de la alianza (la tuya si se deja vacío)
alliance-bad-name = El nombre de una alianza tiene de 1 a 32 caracteres de texto simple (sin menciones, enlaces ni formato).
alliance-form-title = Nueva alianza
alliance-form-tag = Etiqueta del juego (3-4 letras o dígitos)
alliance-form-name = Nombre completo
alliance-verify-first = Primero verifica tu cuenta del juego (/verificar): las alianzas son para miembros verificados.
alliance-leave-first = Estás en [{ $tag }]. Primero sal de ella con /alianza leave.
alliance-tag-taken = Ya hay una alianza con la etiqueta [{ $tag }] en este servidor.
alliance-created = Alianza [{ $tag }] { $name } creada. La lideras como R5.
alliance-permissions = No se pudieron configurar algunos roles, canales o apodos: DWOS necesita Gestionar roles, Gestionar canales y Gestionar apodos, con su rol por encima de los roles de la alianza. El canal de registro tiene los detalles.
alliance-none-yet = Este servidor aún no tiene alianzas. Crea una con /alianza create.
alliance-join-question = ¿A qué alianza quieres unirte? Se les preguntará a sus R4 y R5.
alliance-unknown = No hay ninguna alianza [{ $tag }] en este servidor.
alliance-not-found = No se encontró ninguna alianza: indica una etiqueta o únete primero a una.
alliance-request = { $user } ({ $name }) pide unirse a [{ $tag }].
alliance-approve-button = Aprobar
alliance-deny-button = Rechazar
alliance-request-sent = Tu solicitud para unirte a [{ $tag }] se envió a sus R4 y R5. Recibirás un mensaje cuando respondan.
alliance-request-gone = No cambió nada: la solicitud de { $user } para unirse a [{ $tag }] ya tuvo respuesta, o ya está en otra alianza o su cuenta ya no está verificada.
alliance-denied = { $actor } rechazó la solicitud de { $user } para unirse a [{ $tag }].
alliance-approved = { $actor } aprobó a { $user } como miembro de [{ $tag }].
alliance-welcome = ¡Te damos la bienvenida a [{ $tag }]! Un oficial aprobó tu solicitud.
alliance-left = Saliste de [{ $tag }].
alliance-not-in-one = No estás en ninguna alianza en este servidor.
alliance-not-member = { $user } no es miembro de [{ $tag }].
alliance-changed-meanwhile = Otra persona modificó a { $user } mientras tanto. Vuelve a comprobarlo e inténtalo de nuevo.
alliance-kicked = { $user } ya no es miembro de [{ $tag }].
alliance-ranked = { $user } ahora es { $rank } en [{ $tag }].
alliance-transfer-confirm = ¿Ceder el liderazgo de [{ $tag }] a { $user }? Pasarás a ser R4.
alliance-transfer-button = Ceder R5
alliance-cancel-button = Cancelar
alliance-cancelled = Cancelado: no cambió nada.
alliance-transferred = { $user } ahora lidera [{ $tag }] como R5.
alliance-dissolve-confirm = ¿Disolver [{ $tag }]? Todos los miembros saldrán de ella y sus roles se eliminarán. Sus canales pueden quedarse (con su historial) o eliminarse.
alliance-dissolve-keep = Disolver y conservar canales
alliance-dissolve-delete = Disolver y borrar canales
alliance-dissolved = [{ $tag }] se disolvió.
alliance-info = **[{ $tag }] { $name }**
    R5: { $leader }
    Miembros: { $members } (R4: { $r4 }, R3: { $r3 }, R2: { $r2 }, R1: { $r1 })
    Desde { $created }
alliance-roster = **[{ $tag }]** — { $members ->
        [one] { $members } miembro
        [many] { $members } miembros
       *[other] { $members } miembros
    } (página { $page } de { $pages })
alliance-sort-rank = Por rango
alliance-sort-furnace = Por nivel de Horno
alliance-sort-name = Por nombre
alliance-not-officer = Solo los R4 y el R5 de la alianza pueden hacer esto.
alliance-not-below = Solo puedes gestionar a miembros de rango inferior al tuyo.
alliance-not-leader = Solo el R5 de la alianza puede hacer esto.
alliance-rank-too-high = Elige de R1 a R4 (un R4 puede asignar hasta R3). El R5 se cede con /alianza transfer.
alliance-on-themselves = No puedes hacerte eso a ti mismo (usa /alianza leave para salir).
alliance-rank-unchanged = { $user } ya tiene ese rango.
log-alliance-permissions = No se pudieron crear o quitar los roles y canales de [{ $tag }]: { $reason }
audit-created = { $actor } creó [{ $tag }] y la lidera como R5.
audit-joined = { $user } se unió a [{ $tag }] como { $rank } (con la aprobación de { $actor }).
audit-left = { $user } salió de [{ $tag }].
audit-kicked = { $actor } expulsó a { $user } de [{ $tag }].
audit-ranked = { $actor } asignó a { $user } el rango { $rank } en [{ $tag }].
audit-transferred = { $actor } cedió el liderazgo de [{ $tag }] a { $user }.
audit-succeeded = { $user } ahora lidera [{ $tag }] como R5: el R5 anterior se fue.
audit-dissolved = { $actor } disolvió [{ $tag }].

# /setup stats
cmd-setup-stats-description = Crea canales de voz bloqueados que muestran miembros, jugadores verificados y alianzas
setup-stats-made = Canales de estadísticas: { $channels } (se renombran en menos de 10 minutos cuando cambia un número).
setup-stats-failed = No pude crear los canales de estadísticas: DWOS necesita el permiso Gestionar canales.
stats-channel-members = Miembros: { $count }
stats-channel-verified = Verificados: { $count }
stats-channel-alliances = Alianzas: { $count }

# /language
cmd-language-name = idioma
cmd-language-description = Elige el idioma en el que DWOS te habla, en todos los servidores y por MD
cmd-language-language-description = Tu idioma ("Discord" vuelve a seguir tu app de Discord)
language-set = A partir de ahora te responderé en español, en todos los servidores y por MD.
language-automatic = A partir de ahora volveré a seguir el idioma de tu app de Discord.

# /dashboard
cmd-dashboard-name = panel
cmd-dashboard-description = Tu propia página: verificación, alianza, idioma y lo que DWOS hace por ti
dashboard-title = **Tu panel de DWOS**
dashboard-verified = Cuenta verificada: jugador { $id }, **{ $name }**, estado { $state } (nombre tal como lo declaraste)
dashboard-not-verified = Aún no te has verificado en este servidor: usa /verificar.
dashboard-furnace = Horno: { $furnace }
dashboard-alliance = Alianza: { $alliance }
dashboard-not-set = ninguna
dashboard-language = Idioma: { $language }
dashboard-language-discord = el de tu app de Discord
dashboard-reminder-dms = Recordatorios de eventos por MD en este servidor: { $on }
dashboard-auto-redeem = Canje automático de códigos de regalo para ti: { $on }
dashboard-on = activado
dashboard-off = desactivado
dashboard-hint = Cambia tu idioma con /idioma y tus datos con /privacidad.
dashboard-dm-on-button = Enviarme recordatorios por MD
dashboard-dm-off-button = No más recordatorios por MD
dashboard-redeem-on-button = Canjear códigos por mí
dashboard-redeem-off-button = Dejar de canjear por mí

# /registration-help
cmd-registration-help-name = ayuda-registro
cmd-registration-help-description = Cómo verificarte: dónde encontrar en el juego tu ID de jugador y tu estado
registration-help-text = **Cómo verificarte con DWOS**
    1. En WhiteOut Survival, toca tu avatar (arriba a la izquierda). Tu **ID de jugador** es el número que aparece bajo tu nombre; tócalo para copiarlo.
    2. Tu **estado** es el número que va después de **#** en tu perfil y en el mapa del mundo (p. ej. #245).
    3. Aquí, usa /verificar (o el botón Verificar del canal de bienvenida) y escribe el ID, el estado y tu nombre en el juego.
    DWOS le pregunta al juego si ese ID está en ese estado; tu nombre y tu nivel de Horno se toman tal como los declaras.

# /ticket and /close-ticket
cmd-ticket-name = ticket
cmd-ticket-description = Abre una conversación privada con los moderadores
cmd-ticket-subject-description = De qué se trata, en pocas palabras
cmd-close-ticket-name = cerrar-ticket
cmd-close-ticket-description = Cierra tu ticket (o, en el hilo de un ticket, ese ticket)
ticket-bad-subject = Indica un asunto de 1 a 100 caracteres de texto simple.
ticket-already-open = Ya tienes un ticket abierto: { $ticket }. Ciérralo con /cerrar-ticket antes de abrir otro.
ticket-cannot-open = No pude abrir un hilo privado aquí. Prueba en otro canal o pide a un moderador que dé a DWOS el permiso Crear hilos privados.
ticket-opening = Ticket de { $user }: **{ $subject }**
    Escribe aquí; los moderadores ven este hilo. Pulsa Cerrar cuando esté resuelto.
ticket-close-button = Cerrar
ticket-opened = Tu ticket está abierto: { $thread }
ticket-none = No tienes ningún ticket abierto.
ticket-closed = El ticket está cerrado; se envió un resumen al canal de registro.
log-ticket-opened = { $user } abrió un ticket: **{ $subject }** ({ $thread }).
log-ticket-closed = Ticket cerrado: **{ $subject }** de { $user }, abierto el { $opened }, cerrado el { $closed } por { $by }, { $messages ->
        [one] 1 mensaje
        [many] { $messages } mensajes
       *[other] { $messages } mensajes
    }.

# /rules
cmd-rules-name = reglas
cmd-rules-description = Las reglas del servidor: consúltalas y, si moderas, escríbelas, publícalas y prográmalas
cmd-rules-show-description = Muestra las reglas del servidor
cmd-rules-set-description = Escribe las reglas (un formulario); opcionalmente, un rol para quien las acepte
cmd-rules-set-role-description = Rol que se da al pulsar "Acepto" (no debe tener ningún permiso de moderador)
cmd-rules-post-description = Publica las reglas con un botón "Acepto"
cmd-rules-post-channel-description = El canal donde publicarlas
cmd-rules-automation-description = Vuelve a publicar las reglas cada pocos días (0 lo detiene)
cmd-rules-automation-every-days-description = Días entre publicaciones, de 1 a 365 (0: nunca más)
cmd-rules-log-description = Quién aceptó las reglas, de lo más reciente a lo más antiguo
rules-form-title = Las reglas del servidor
rules-form-label = Reglas
rules-form-placeholder = Una regla por línea; se admite Markdown.
rules-bad-text = Las reglas deben tener de 1 a 1900 caracteres.
rules-saved = Reglas guardadas. Publícalas con /reglas post.
rules-changed-meanwhile = Otro moderador cambió las reglas mientras escribías; no se guardó nada. Vuelve a abrir /reglas set para partir de su versión.
rules-none = Este servidor aún no tiene reglas. Un moderador las escribe con /reglas set.
rules-role-elevated = { $role } tiene permisos de moderador o está gestionado por una integración: no se puede dar a todos los que acepten.
rules-cannot-post = No puedo publicar en ese canal: comprueba que DWOS pueda enviar mensajes allí y que tú también puedas.
rules-posted = Las reglas están publicadas en { $channel }.
rules-bad-days = Indica un número de días de 0 a 365.
rules-post-first = Publica las reglas una vez con /reglas post; la automatización las vuelve a publicar en ese canal.
rules-automation-on = Las reglas se volverán a publicar { $days ->
        [one] cada día
        [many] cada { $days } días
       *[other] cada { $days } días
    }.
rules-automation-off = Las reglas ya no se volverán a publicar automáticamente.
rules-log-empty = Nadie ha aceptado las reglas todavía.
rules-log-header = **{ $count ->
        [one] 1 miembro aceptó
        [many] { $count } miembros aceptaron
       *[other] { $count } miembros aceptaron
    } las reglas** (de lo más reciente a lo más antiguo):
rules-accept-button = Acepto
rules-accepted = Gracias: queda registrado que aceptaste las reglas.
rules-accepted-before = Ya habías aceptado las reglas; no cambió nada.
log-rules-role-elevated = El rol de las reglas, { $role }, ahora tiene permisos de moderador: DWOS ya no lo da. Elige otro con /reglas set.
