# Command names and descriptions, sent to Discord by `dwos register-commands`.
cmd-help-name = 도움말
cmd-help-description = DWOS가 할 수 있는 일을 알려 줘요
cmd-stats-name = 통계
cmd-stats-description = 이 서버의 멤버 통계를 보여 줘요

# /help
help-header = **DWOS — 화이트아웃 서바이벌 연맹 도우미**
help-moderators = 운영진용:

# Replies to things DWOS does not handle.
unknown-interaction = 아직 모르는 요청이에요. `/도움말`로 제가 할 수 있는 일을 확인해 보세요.
guild-only = 이 명령어는 서버 안에서만 쓸 수 있어요.
try-again-later = 제 쪽에서 문제가 생겼어요. 1분 후에 다시 시도해 주세요.

# /stats
stats-summary = **{ $guild }**
    멤버: { $members }
    현재 온라인: { $online }
    인증된 플레이어: { $verified }
stats-unavailable = 이 서버의 통계를 읽을 수 없어요. DWOS가 이 서버의 멤버인지 확인해 주세요.

# /verify and /reverify
cmd-verify-name = 인증
cmd-verify-description = 화이트아웃 서바이벌 계정을 이 서버에 연동해요
cmd-reverify-name = 재인증
cmd-reverify-description = 연동된 게임 계정을 게임에서 다시 확인해요 (왕국, 역할, 별명)
verify-modal-title = 게임 계정 인증
verify-modal-label = 화이트아웃 서바이벌 플레이어 ID
verify-modal-placeholder = 게임 내 프로필에 있는 숫자예요. 예: 12345678
verify-state-label = 왕국 번호
verify-state-placeholder = 왕국의 # 번호, 예: 245 (비워 두면 이 서버의 왕국)
verify-name-label = 게임 닉네임
verify-name-placeholder = 게임에 표시된 그대로 입력해 주세요. 이 서버의 별명이 돼요
verify-bad-id = 플레이어 ID가 아닌 것 같아요. 게임 내 프로필에 표시된 숫자를 입력해 주세요.
verify-bad-state = 왕국 번호가 아닌 것 같아요. 왕국의 # 뒤에 있는 1~9999 사이의 숫자예요.
verify-bad-name = 게임 닉네임을 입력해 주세요: 1~24자이며 @ # < > ` * _ ~ | 는 쓸 수 없어요.
verify-need-state = 왕국 번호를 입력해 주세요. 이 서버에는 기본 왕국이 설정되어 있지 않아요.
verify-start-again = 이전 버전 DWOS의 양식이에요. /인증을 다시 사용해 주세요.
verify-unknown-player = 게임에 ID가 { $id }인 플레이어가 없어요. 게임 내 프로필의 숫자를 확인해 주세요.
verify-wrong-state = 게임에서 확인해 보니 ID { $id } 플레이어는 { $state } 왕국에 없어요. 왕국 번호를 확인하고 다시 시도해 주세요.
verify-try-again = 다시 시도
verify-moved-unknown = 게임에서 확인해 보니 ID { $id } 플레이어는 더 이상 { $state } 왕국에 없고, 근처에서 새 왕국도 찾지 못했어요. 새 왕국 번호로 /인증을 사용해 주세요.
verify-too-many = 최근 30분 동안 5번 시도했어요. { $minutes }분 기다린 후 다시 시도해 주세요.
verify-taken = 이 서버의 다른 멤버가 이미 플레이어 ID { $id }에 연동되어 있어요. 본인 ID라면 운영진에게 연동 해제를 요청해 주세요.
furnace-level = 레벨 { $level }
furnace-not-declared = 미입력
furnace-question = 용광로 레벨이 어떻게 되나요? (선택)
furnace-placeholder = 용광로 레벨을 선택해 주세요
furnace-skip = 건너뛰기
furnace-noted = 용광로 레벨을 기록했어요: { $furnace } (입력하신 그대로).
verify-done = 인증 완료! 게임에서 ID { $id } 플레이어가 { $state } 왕국에 있는 것을 확인했어요. 이 서버에서 쓸 별명: **{ $nickname }** (입력하신 그대로).
verify-stored = DWOS는 이 서버를 위해 Discord ID와 함께 이 플레이어 ID, 왕국, 닉네임, 용광로 레벨을 저장하고, 약 일주일에 한 번 ID와 왕국을 게임에서 확인해요. 자세한 내용은 /개인정보에서 볼 수 있어요.
verify-refreshed = 확인 완료: ID { $id } 플레이어는 { $state } 왕국에 있어요. 닉네임: **{ $nickname }**, 용광로: { $furnace } (입력하신 그대로).
verify-not-linked = 아직 이 서버에서 게임 계정을 인증하지 않았어요. 먼저 /인증을 사용해 주세요.
verify-permissions = 인증은 됐지만 인증됨 역할을 드리거나 별명을 설정하지 못했어요. 운영진이 DWOS에 역할 관리하기와 별명 관리하기 권한을 주고, DWOS의 역할을 인증됨 역할보다 위로 옮겨야 해요.
verify-game-down = 지금 게임 서버가 응답하지 않아요. 이번 시도는 횟수에 포함되지 않아요. 몇 분 동안 계속 시도해 볼게요. 이 메시지가 바뀌지 않으면 나중에 /인증을 다시 시도해 주세요.
verify-role-name = 인증됨
log-verified = { $user } 님 인증 완료: 닉네임 { $nickname } (ID { $id }, { $state } 왕국, 닉네임은 본인 입력).
log-permissions = { $user } 님에게 인증됨 역할이나 별명을 주지 못했어요: { $reason }

# /setup and /unlink (moderators)
cmd-setup-name = 설정
cmd-setup-description = 인증 설정: 인증됨 역할, 로그 채널, 언어를 정하고 인증 패널을 게시해요
cmd-setup-role-description = 인증된 멤버에게 줄 역할 (기본값: 이름이 인증됨인 역할)
cmd-setup-log-channel-description = DWOS가 인증과 변경 사항을 기록할 채널
cmd-setup-language-description = 이 서버에서 DWOS가 쓸 기본 언어
cmd-setup-home-state-description = 이 서버가 속한 왕국 번호 (/인증에 미리 채워져요)
cmd-setup-giftcode-channel-description = 새 교환 코드를 알리고 교환 결과를 보고할 채널
cmd-setup-test-player-description = 운영진에게 연동된 계정이 없을 때 새 교환 코드를 먼저 시험해 볼 플레이어 ID
cmd-unlink-name = 연동해제
cmd-unlink-description = 멤버의 게임 계정 연동을 해제해서 그 ID를 다시 인증할 수 있게 해요
cmd-unlink-member-description = 연동을 해제할 멤버
moderator-only = DWOS 운영진만 할 수 있어요: 서버 관리하기 권한이 있는 멤버, 또는 /운영진으로 지정된 역할과 멤버예요.
setup-saved = 설정을 저장했어요. 인증됨 역할: { $role }. 로그 채널: { $channel }. 언어: { $language }. 기본 왕국: { $state }. 교환 코드: { $giftcodes }. 테스트 플레이어: { $tester }.
setup-not-set = 설정 안 됨
setup-panel-failed = 설정은 저장했지만 이 채널에 인증 패널을 게시하지 못했어요. DWOS가 여기에 메시지를 보낼 수 있는지 확인해 주세요.
panel-text = **환영해요!** 이 서버를 이용하려면 화이트아웃 서바이벌 계정을 인증해 주세요: 버튼을 누르고 플레이어 ID, 왕국, 게임 닉네임을 입력하면 돼요. ID와 왕국은 게임에서 확인하고, DWOS는 이 서버를 위해 Discord ID와 함께 저장해요 (/개인정보).
panel-button = 인증하기
unlink-done = { $user } 님과 플레이어 { $nickname }(ID { $id })의 연동을 해제했어요. 이제 이 ID를 다시 인증할 수 있어요.
unlink-none = { $user } 님은 이 서버에 연동된 게임 계정이 없어요.
log-unlinked = { $moderator } 님이 { $user } 님과 플레이어 { $nickname }(ID { $id })의 연동을 해제했어요.

# Weekly check
log-transferred = { $user } 님({ $nickname }, ID { $id })이 { $old } 왕국에서 #{ $state } 왕국으로 이동했어요.
log-transfer-unknown = { $user } 님({ $nickname }, ID { $id })은 더 이상 { $old } 왕국에 없고, 근처에서 새 왕국도 찾지 못했어요. 본인이 /재인증 또는 /인증을 사용하면 돼요.
log-account-gone = { $user } 님({ $nickname }, ID { $id }): 세 번 연속 확인에서 게임이 이 플레이어를 찾지 못했어요. 계정이 삭제된 것 같아요. 아무것도 제거하지 않았으며, 운영진이 /연동해제로 연동을 해제할 수 있어요.

# Alliance choice after verification
alliance-question = 어느 연맹에 속해 있나요?
alliance-placeholder = 연맹을 선택해 주세요
alliance-none = 연맹 없음
alliance-other-state = 다른 왕국 소속이에요
alliance-new-button = 내 연맹이 목록에 없어요
alliance-bad-tag = 연맹 태그는 문자 또는 숫자 3~4자예요.
alliance-done = 완료: [{ $tag }] 연맹, 등급 { $rank }.
alliance-none-done = 완료: 연맹 없음.
alliance-other-done = 완료: 다른 왕국 플레이어로 등록했어요.

# /privacy
cmd-privacy-name = 개인정보
cmd-privacy-description = DWOS가 저장하는 내 정보와 삭제 요청 방법
privacy-notice = **DWOS가 저장하는 내 정보**
    • 인증할 때: Discord ID, 플레이어 ID와 왕국(인증할 때와 그 후 약 일주일에 한 번 게임에서 확인), 직접 입력한 게임 닉네임과 용광로 레벨, 연맹과 등급, 동의한 시각.
    • 내 선택: 언어, 나를 위해 교환된 교환 코드, DM 알림, 이벤트 응답, 동의한 규칙, 열린 티켓의 제목.
    • 악용 방지를 위한 마지막 DWOS 사용일과 최근 30분간의 인증 시도.
    • 그 밖에는 없어요: 메시지도, IP 주소도 저장하지 않아요.
    → **이유:** 이 서버에서 알맞은 역할과 별명을 드리고, 멤버들에게 연맹 정보를 보여 주기 위해서예요.
    → **내 권리:** 아래 버튼으로 이 정보를 모두 파일로 내보내거나 삭제할 수 있어요(DWOS가 준 역할과 별명도 함께 제거돼요). 180일 동안 DWOS를 사용하지 않으면 자동으로 삭제돼요.

# /setup refusals: the Verified role goes to everyone who verifies, so it must be harmless.
setup-needs-manage-roles = DWOS가 인증된 멤버에게 줄 역할을 고르려면 역할 관리하기 권한이 필요해요.
setup-role-everyone = @everyone은 인증됨 역할이 될 수 없어요: 모든 멤버가 이미 가지고 있으니까요.
setup-role-managed = { $role } 역할은 외부 연동 서비스나 봇이 관리하는 역할이라 DWOS가 멤버에게 줄 수 없어요.
setup-role-elevated = { $role } 역할에는 운영진 권한(관리자, 서버 관리하기, 역할 관리하기, 멤버 차단하기, 멤버 추방하기 등)이 있어요. 인증하는 모든 사람이 이 권한을 얻게 되므로 DWOS는 이 역할을 쓰지 않아요. 이런 권한이 없는 역할을 골라 주세요.
setup-role-above-bot = { $role } 역할이 DWOS의 가장 높은 역할보다 위에 있어서 DWOS가 줄 수 없어요. 서버 설정 → 역할에서 DWOS의 역할을 그 위로 옮긴 다음 /설정을 다시 실행해 주세요.
log-unsafe-role = { $user } 님에게 { $role } 역할을 주지 않았어요: 운영진 권한이 있거나 관리형 역할이에요. 안전한 역할로 /설정을 실행해 주세요.
setup-role-above-you = { $role } 역할이 본인의 가장 높은 역할보다 위에 있어서 직접 줄 수 없어요. 관리자에게 요청하거나 더 낮은 역할을 골라 주세요.
setup-bot-needs-manage-roles = DWOS가 인증됨 역할을 주려면 역할 관리하기 권한이 필요해요. DWOS의 역할에 이 권한을 준 다음 /설정을 다시 실행해 주세요.

# /event
cmd-event-name = 이벤트
cmd-event-description = 게임 이벤트와 알림
cmd-event-create-description = 시작 전에 알림을 보내는 이벤트를 만들어요
cmd-event-create-type-description = 어떤 게임 이벤트인지
cmd-event-create-start-description = 첫 시작, YYYY-MM-DD HH:MM (아래 시간대 기준)
cmd-event-create-timezone-description = 시작 시각의 시간대 (기본값: 게임 시계인 UTC)
cmd-event-create-repeat-description = 반복 주기 (기본값: 이 이벤트의 일반적인 주기)
cmd-event-create-reminders-description = 시작 몇 분 전에 알릴지, 쉼표로 구분 (기본값 10,5,0)
cmd-event-create-channel-description = 알림을 보낼 채널 (기본값: 이 채널)
cmd-event-create-role-description = 알림에서 멘션할 역할
cmd-event-create-title-description = 제목 (사용자 지정 이벤트는 필수)
cmd-event-create-alliance-description = 연맹 자체 이벤트일 때 연맹 태그 (그 연맹의 R5)
cmd-event-list-description = 이 서버의 다가오는 이벤트
cmd-event-cancel-description = 이벤트를 취소해요
cmd-event-cancel-event-description = 이벤트 ID (/이벤트 list에서 확인)
cmd-event-pause-description = 이벤트 알림을 일시 중지해요
cmd-event-pause-event-description = 이벤트 ID (/이벤트 list에서 확인)
cmd-event-resume-description = 이벤트 알림을 다시 시작해요
cmd-event-resume-event-description = 이벤트 ID (/이벤트 list에서 확인)
event-type-bear-trap = 곰 사냥 작전
event-type-crazy-joe = 미치광이 조이
event-type-foundry = 무기공장 쟁탈전
event-type-canyon-clash = 협곡 전투
event-type-fortress = 요새 쟁탈전
event-type-frostfire-mine = 프로스트 파이어 광산
event-type-castle-battle = 캐슬 전투
event-type-svs = SvS
event-type-mercenary-prestige = 용병 명예
event-type-daily-reset = 일일 초기화
event-type-custom = 이벤트
repeat-once = 한 번
repeat-daily = 매일
repeat-every-2-days = 2일마다
repeat-weekly = 매주
repeat-every-2-weeks = 2주마다
repeat-every-4-weeks = 4주마다
repeat-monthly = 매월
event-bad-start = 시작 시각을 읽을 수 없어요: "{ $start }". YYYY-MM-DD HH:MM 형식으로 입력해 주세요. 예: 2026-12-01 18:30.
event-bad-zone = 모르는 시간대예요: "{ $zone }". 목록에서 골라 주세요. 예: Asia/Seoul 또는 UTC.
event-past = 그 시작 시각은 이미 지났고, 반복되지 않는 이벤트예요. 더 나중 시각을 골라 주세요.
event-bad-reminders = 알림 설정을 읽을 수 없어요: "{ $reminders }". 시작 몇 분 전인지 쉼표로 구분해서 입력해 주세요. 예: 30,10,0.
event-too-many-reminders = 이벤트당 알림은 최대 { $max }개예요.
event-reminder-too-early = 알림은 시작 { $max }분 전까지만 설정할 수 있어요 (이전 회차보다 앞설 수 없고, 최대 일주일).
event-title-needed = 사용자 지정 이벤트에는 제목이 필요해요.
event-bad-title = 제목은 최대 { $max }자이며, 멘션, 링크, 서식은 쓸 수 없어요.
event-moderators-or-officers = 서버 이벤트는 운영진만 관리할 수 있어요. 연맹 이벤트는 그 연맹의 R5가 관리해요.
event-needs-rank = [{ $tag }] 연맹의 R5(또는 운영진)만 그 연맹의 이벤트를 만들 수 있어요.
event-channel-not-yours = { $channel } 채널에 글을 쓸 수 없어서 그 채널로 알림을 보낼 수도 없어요. 글을 쓸 수 있는 채널을 골라 주세요.
event-role-not-mentionable = { $role } 역할은 아무나 멘션할 수 없어요. 모든 역할을 멘션할 수 있는 멤버만 알림에서 이 역할을 호출하도록 설정할 수 있어요.
event-created = **{ $title }** 일정을 등록했어요 (ID `{ $id }`). 다음: { $next }.
event-none = 이 서버에 예정된 이벤트가 없어요. /이벤트 create로 만들어 보세요.
event-list-header = **다가오는 이벤트**
event-list-line = `{ $id }` **{ $title }**: { $next } ({ $repeat })
event-paused-tag = (일시 중지됨)
event-not-found = 이 서버에 그 ID의 이벤트가 없어요. /이벤트 list에서 ID를 확인할 수 있어요.
event-cancelled = **{ $title }** (`{ $id }`) 이벤트를 취소했어요. 더 이상 알림이 없어요.
event-paused = **{ $title }** 이벤트를 일시 중지했어요. /이벤트 resume 전까지 알림이 없어요.
event-resumed = **{ $title }** 이벤트가 다시 진행돼요.
reminder-starts = **{ $title }** 이벤트가 { $when } 시작해요.
reminder-now = **{ $title }** 이벤트가 지금 시작해요!
log-event-channel-lost = { $channel } 채널에 **{ $title }** (`{ $id }`) 알림을 더 이상 게시할 수 없어서({ $reason }) 이벤트를 일시 중지했어요. DWOS에 채널 접근 권한을 준 다음 /이벤트 resume을 사용해 주세요.
cmd-event-edit-description = 이벤트 수정: 입력한 옵션만 바뀌어요
cmd-event-edit-event-description = 이벤트 ID (/이벤트 list에서 확인)
cmd-event-edit-start-description = 새 첫 시작, YYYY-MM-DD HH:MM
cmd-event-edit-timezone-description = 시작 시각의 새 시간대
cmd-event-edit-repeat-description = 새 반복 주기
cmd-event-edit-reminders-description = 새 알림, 시작 몇 분 전인지 쉼표로 구분
cmd-event-edit-channel-description = 알림을 보낼 새 채널
cmd-event-edit-role-description = 멘션할 새 역할
cmd-event-edit-title-description = 새 제목
cmd-event-edit-clear-description = 역할(멘션 중지) 또는 사용자 지정 제목을 지워요
event-updated = **{ $title }** (`{ $id }`) 이벤트를 수정했어요. 다음: { $next }.
event-list-page = { $page }/{ $pages } 페이지
event-announcement = **{ $title }**: 다음 { $next } ({ $repeat }). 시작 { $reminders }분 전에 알림.
event-button-dm = DM으로 알림 받기
event-button-going = 참여 ({ $count })
event-button-not-going = 불참 ({ $count })
event-dm-on = 이제 **{ $title }** 알림을 DM으로도 받아요. 그만 받으려면 버튼을 다시 눌러 주세요.
event-dm-off = 이제 **{ $title }** 알림을 DM으로 보내지 않아요.

# /giftcode
cmd-giftcode-name = 교환코드
cmd-giftcode-description = 교환 코드: 추가, 목록, 교환, 자동 교환
cmd-giftcode-add-description = 교환 코드를 추가하고 자동 교환에 동의한 모든 멤버의 계정으로 교환해요 (운영진)
cmd-giftcode-add-code-description = 게임에 표시되는 그대로의 코드
cmd-giftcode-list-description = 이 서버에서 아직 유효한 교환 코드
cmd-giftcode-redeem-description = 연동된 내 플레이어 계정으로 교환 코드를 지금 교환해요
cmd-giftcode-redeem-code-description = 게임에 표시되는 그대로의 코드
cmd-giftcode-auto-description = 새 교환 코드를 DWOS가 자동으로 교환하게 하거나 중지해요
cmd-giftcode-auto-mode-description = 켜기 또는 끄기
giftcode-bad-code = 교환 코드가 아닌 것 같아요: 공백 없이 영문자와 숫자 4~20자예요.
giftcode-no-tester = 코드를 먼저 시험해 볼 플레이어가 한 명 필요해요. /인증으로 본인 계정을 인증하거나, /설정 test_player로 테스트 플레이어를 지정해 주세요 (기본 왕국도 함께).
giftcode-game-busy = 게임이 시험 교환에 응답하지 않았어요. 아무것도 공지하지 않았어요. 몇 분 후에 다시 시도해 주세요.
giftcode-test-inconclusive = 시험 교환 결과: { $outcome }. 이것만으로는 코드에 대해 알 수 없어서 아무것도 공지하지 않았어요. /설정에서 테스트 플레이어를 확인해 주세요.
giftcode-added = 교환 코드 **{ $code }** 정상 작동 확인 (시험: { $outcome }). 공지했고, 자동 교환에 동의한 멤버 { $count }명의 계정으로 교환하고 있어요.
giftcode-again = 교환 코드 **{ $code }**: 이미 추가된 코드예요. 자동 교환에 동의한 멤버 { $count }명의 계정으로 교환하고 있어요. 이미 받은 멤버는 다시 시도하지 않아요.
giftcode-announcement = 🎁 새 교환 코드: **{ $code }**. 버튼을 누르면 연동된 내 플레이어 계정으로 교환할 수 있고, /교환코드 auto로 자동 교환을 켤 수도 있어요.
giftcode-redeem-button = 내 계정으로 교환
giftcode-list-empty = 이 서버에 유효한 교환 코드가 없어요.
giftcode-list-title = **유효한 교환 코드**
giftcode-list-line = **{ $code }**, { $added } 추가: 멤버 { $done }/{ $total }명 완료
giftcode-auto-on = 완료: 이제 DWOS가 새 교환 코드를 연동된 내 플레이어 계정으로 교환해요. 이를 위해 플레이어 ID, 왕국, 코드만 게임에 보내고 다른 정보는 보내지 않아요. 언제든 /교환코드 auto off로 끌 수 있어요.
giftcode-auto-off = 완료: 이제 DWOS가 교환 코드를 자동으로 교환하지 않아요. "내 계정으로 교환" 버튼은 계속 쓸 수 있어요.
giftcode-consent = **교환 코드:** 새 교환 코드를 DWOS가 자동으로 교환해 드릴까요? 플레이어 ID, 왕국, 코드만 게임에 보내고 다른 정보는 보내지 않아요. 언제든 /교환코드 auto로 바꿀 수 있어요.
giftcode-consent-yes = 네, 교환해 주세요
giftcode-consent-no = 아니요, 괜찮아요
giftcode-dead-expired = 코드가 만료됐어요: 더 이상 교환하지 않아요.
giftcode-dead-not-found = 게임에 없는 코드예요: 더 이상 교환하지 않아요.
giftcode-dead-usage-limit = 코드 사용 한도에 도달했어요: 더 이상 교환하지 않아요.
giftcode-report-title = 🎁 **{ $code }**: 멤버 { $done }/{ $total }명
giftcode-report-redeemed = ✅ 교환 완료: { $count }
giftcode-report-already = ☑️ 이미 받음: { $count }
giftcode-report-furnace = 🔥 용광로 레벨 부족: { $count }
giftcode-report-wrong-state = 🗺️ 왕국 불일치: { $count }
giftcode-report-failed = ⚠️ 실패: { $count }
giftcode-detail-button = 자세히
giftcode-detail-title = **{ $code }**, 멤버별 결과:
giftcode-detail-more = …외 { $count }명.
giftcode-outcome-redeemed = 교환 완료
giftcode-outcome-already-redeemed = 이미 받음
giftcode-outcome-same-type-redeemed = 같은 종류의 코드를 이미 받음
giftcode-outcome-expired = 코드가 만료됨
giftcode-outcome-not-found = 게임에 없는 코드
giftcode-outcome-usage-limit = 코드 사용 한도 도달
giftcode-outcome-furnace-too-low = 이 코드를 쓰기에는 용광로 레벨이 낮음
giftcode-outcome-spend-required = 먼저 구매가 필요함
giftcode-outcome-vip-required = VIP 레벨 부족
giftcode-outcome-wrong-state = 플레이어가 DWOS가 아는 왕국에 없음
giftcode-outcome-no-such-player = 게임에 이 ID의 플레이어가 없음
giftcode-outcome-failed = 게임이 응답하지 않음. 나중에 다시 시도해 주세요
giftcode-verify-first = 먼저 /인증으로 게임 계정을 인증해 주세요. DWOS는 연동된 플레이어 계정으로 코드를 교환해요.
giftcode-mine = 교환 코드 **{ $code }**: { $outcome }.

# /moderators, /news
cmd-moderators-name = 운영진
cmd-moderators-description = 서버 관리하기 권한이 있는 멤버 외에 여기서 DWOS를 관리하는 사람
cmd-moderators-add-description = 역할이나 멤버를 DWOS 운영진으로 지정해요
cmd-moderators-add-role-description = 소속 멤버가 운영진이 되는 역할
cmd-moderators-add-member-description = 운영진이 될 멤버
cmd-moderators-remove-description = 운영진 역할이나 멤버를 해제해요
cmd-moderators-remove-role-description = 역할
cmd-moderators-remove-member-description = 멤버
cmd-moderators-list-description = 운영진 역할과 멤버 목록
cmd-news-name = 공지
cmd-news-description = 번역과 함께 채널에 공지를 게시해요 (운영진)
moderators-need-target = 역할이나 멤버, 또는 둘 다 지정해 주세요.
moderators-too-many = 서버 하나에 운영진 역할은 최대 { $max }개, 운영진 멤버는 최대 { $max }명까지 둘 수 있어요.
moderators-list = **DWOS 운영진** (서버 관리하기 권한 외). 역할: { $roles }. 멤버: { $members }.
log-refused = { $user } 님이 운영진 전용 작업을 시도했어요: { $what }
news-modal-title = 공지
news-language-label = 언어 (en, it, es, de, fr, …)
news-language-placeholder = ko
news-title-label = 제목
news-title-placeholder = 곰 사냥 작전 시간 변경: 20:00
news-body-label = 내용
news-body-placeholder = 멤버들이 알아야 할 내용
news-empty = 공지에는 제목과 내용이 필요해요.
news-bad-language = 다음 언어 코드 중 하나를 사용해 주세요: { $languages }.
news-gone = 그 공지는 더 이상 없어요.
news-draft = 공지 미리보기예요. 게시할 채널을 고르거나, 먼저 번역을 추가해 주세요 (번역: { $languages }).
news-pick-channel = 게시할 채널…
news-add-translation = 번역 추가
news-posted = { $channel } 채널에 게시했어요.
news-post-failed = { $channel } 채널에 게시하지 못했어요. DWOS가 그 채널에 메시지를 보낼 수 있는지 확인해 주세요.
news-translate-button = 번역하기
moderators-bad-role = 그 역할은 운영진이 될 수 없어요: @everyone은 모든 멤버를 운영진으로 만들고, 관리형 역할은 봇이나 외부 연동 서비스의 역할이에요.
news-channel-forbidden = 그 채널에 메시지를 보낼 수 없으므로 DWOS도 대신 게시하지 않아요.
giftcode-outcome-opted-out = 연동 해제 또는 자동 교환 미동의: 건너뜀
giftcode-too-many = 최근 10분 동안 코드 10개를 교환했어요. 모든 서버가 게임의 처리 속도를 함께 나눠 써요. { $minutes }분 후에 다시 시도해 주세요.
giftcode-report-skipped = ⏭️ 건너뜀 (연동 해제 또는 자동 교환 미동의): { $count }
privacy-export-button = 내 데이터 내보내기
privacy-delete-button = 내 데이터 삭제
privacy-delete-confirm = **모든 서버에서 DWOS가 저장한 내 정보를 전부 삭제할까요?** 인증된 계정, 연맹 가입 정보, 이벤트 응답, 교환 코드 결과, 내가 쓴 공지, 환경설정이 영구히 삭제되고, DWOS가 준 인증됨 역할과 별명도 아직 가능한 곳에서는 제거해요. 되돌릴 수 없어요.
privacy-erase-button = 네, 전부 삭제해 주세요
privacy-keep-button = 아니요, 유지할게요
privacy-kept = 아무것도 삭제하지 않았어요.
privacy-export-ready = DWOS가 모든 서버에서 저장한 내 정보 전체를 JSON 파일로 준비했어요.
privacy-erased = 완료: 내 정보 { $count }건을 삭제했어요. 언제든 다시 인증할 수 있어요.
privacy-erasing = 내 데이터를 삭제하는 중…

## Alliances
cmd-alliance-name = 연맹
cmd-alliance-description = 내 연맹: 가입, 탈퇴, 등급, 멤버 명단
cmd-alliance-create-description = 연맹을 만들고 R5로 이끌어요
cmd-alliance-create-name-description = 연맹의 전체 이름
cmd-alliance-create-tag-description = 게임에 표시되는 태그: 문자 또는 숫자 3~4자
cmd-alliance-join-description = 이 서버의 연맹에 가입을 신청해요
cmd-alliance-leave-description = 연맹에서 탈퇴해요
cmd-alliance-kick-description = 나보다 등급이 낮은 멤버를 연맹에서 내보내요 (R4, R5)
cmd-alliance-kick-member-description = 내보낼 멤버
cmd-alliance-rank-description = 연맹 멤버에게 등급을 줘요 (R4, R5)
cmd-alliance-rank-member-description = 멤버
cmd-alliance-rank-rank-description = 새 등급 (R5는 /연맹 transfer로 넘겨요)
cmd-alliance-transfer-description = 맹주(R5) 자리를 다른 멤버에게 넘겨요 (R5 전용)
cmd-alliance-transfer-member-description = 새 R5
cmd-alliance-dissolve-description = 연맹을 해산해요 (R5 전용)
cmd-alliance-info-description = 연맹의 맹주, 등급별 인원, 규모
cmd-alliance-info-tag-description = 연맹 태그 (비워 두면 내 연맹)
cmd-alliance-roster-description = 연맹 멤버 명단을 페이지별로 보여 줘요
cmd-alliance-roster-sort-description = 등급, 용광로 레벨, 이름순으로 정렬
cmd-alliance-roster-tag-description = 연맹 태그 (비워 두면 내 연맹)
alliance-bad-name = 연맹 이름은 1~32자의 일반 텍스트여야 해요 (멘션, 링크, 서식 불가).
alliance-form-title = 새 연맹
alliance-form-tag = 게임 속 태그 (문자 또는 숫자 3~4자)
alliance-form-name = 전체 이름
alliance-verify-first = 먼저 게임 계정을 인증해 주세요 (/인증). 연맹은 인증된 멤버만 이용할 수 있어요.
alliance-leave-first = 지금 [{ $tag }] 연맹에 있어요. 먼저 /연맹 leave로 탈퇴해 주세요.
alliance-tag-taken = 이 서버에 이미 [{ $tag }] 태그를 쓰는 연맹이 있어요.
alliance-created = [{ $tag }] { $name } 연맹을 만들었어요. R5로 연맹을 이끌게 돼요.
alliance-permissions = 일부 역할, 채널, 별명을 설정하지 못했어요: DWOS에는 역할 관리하기, 채널 관리하기, 별명 관리하기 권한이 필요하고, DWOS의 역할이 연맹 역할보다 위에 있어야 해요. 자세한 내용은 로그 채널에 있어요.
alliance-none-yet = 이 서버에는 아직 연맹이 없어요. /연맹 create로 만들어 보세요.
alliance-join-question = 어느 연맹에 가입할까요? 그 연맹의 R4와 R5에게 승인을 요청해요.
alliance-unknown = 이 서버에 [{ $tag }] 연맹이 없어요.
alliance-not-found = 연맹을 찾지 못했어요: 태그를 입력하거나 먼저 연맹에 가입해 주세요.
alliance-request = { $user } 님({ $name })이 [{ $tag }] 연맹에 가입을 신청했어요.
alliance-approve-button = 승인
alliance-deny-button = 거절
alliance-request-sent = [{ $tag }] 연맹 가입 신청을 R4와 R5에게 보냈어요. 답변이 오면 메시지로 알려 드릴게요.
alliance-request-gone = 변경된 내용이 없어요: { $user } 님의 [{ $tag }] 연맹 가입 신청은 이미 처리됐거나, 그 멤버가 다른 연맹에 있거나 더 이상 인증 상태가 아니에요.
alliance-denied = { $actor } 님이 { $user } 님의 [{ $tag }] 연맹 가입 신청을 거절했어요.
alliance-approved = { $actor } 님이 { $user } 님을 [{ $tag }] 연맹 멤버로 승인했어요.
alliance-welcome = [{ $tag }] 연맹에 오신 걸 환영해요! 간부가 가입 신청을 승인했어요.
alliance-left = [{ $tag }] 연맹에서 탈퇴했어요.
alliance-not-in-one = 이 서버에서 속한 연맹이 없어요.
alliance-not-member = { $user } 님은 [{ $tag }] 연맹 멤버가 아니에요.
alliance-changed-meanwhile = 그사이 다른 사람이 { $user } 님의 정보를 변경했어요. 다시 확인한 후 시도해 주세요.
alliance-kicked = { $user } 님은 이제 [{ $tag }] 연맹 멤버가 아니에요.
alliance-ranked = { $user } 님은 이제 [{ $tag }] 연맹의 { $rank } 등급이에요.
alliance-transfer-confirm = [{ $tag }] 연맹의 맹주 자리를 { $user } 님에게 넘길까요? 본인은 R4가 돼요.
alliance-transfer-button = R5 넘기기
alliance-cancel-button = 취소
alliance-cancelled = 취소했어요. 변경된 내용은 없어요.
alliance-transferred = 이제 { $user } 님이 R5로 [{ $tag }] 연맹을 이끌어요.
alliance-dissolve-confirm = [{ $tag }] 연맹을 해산할까요? 모든 멤버가 연맹에서 나가고 연맹 역할이 삭제돼요. 채널은 (기록과 함께) 남기거나 삭제할 수 있어요.
alliance-dissolve-keep = 해산, 채널 유지
alliance-dissolve-delete = 해산, 채널 삭제
alliance-dissolved = [{ $tag }] 연맹을 해산했어요.
alliance-info = **[{ $tag }] { $name }**
    R5: { $leader }
    멤버: { $members } (R4: { $r4 }, R3: { $r3 }, R2: { $r2 }, R1: { $r1 })
    창설: { $created }
alliance-roster = **[{ $tag }]**: 멤버 { $members }명 ({ $page }/{ $pages } 페이지)
alliance-sort-rank = 등급순
alliance-sort-furnace = 용광로 레벨순
alliance-sort-name = 이름순
alliance-not-officer = 연맹의 R4와 R5만 할 수 있어요.
alliance-not-below = 나보다 등급이 낮은 멤버만 관리할 수 있어요.
alliance-not-leader = 연맹의 R5만 할 수 있어요.
alliance-rank-too-high = R1~R4 중에서 골라 주세요 (R4는 R3까지 줄 수 있어요). R5는 /연맹 transfer로 넘겨요.
alliance-on-themselves = 자기 자신에게는 할 수 없어요 (탈퇴하려면 /연맹 leave를 사용하세요).
alliance-rank-unchanged = { $user } 님은 이미 그 등급이에요.
log-alliance-permissions = [{ $tag }] 연맹의 역할과 채널을 만들거나 제거하지 못했어요: { $reason }
audit-created = { $actor } 님이 [{ $tag }] 연맹을 만들고 R5로 이끌어요.
audit-joined = { $user } 님이 { $rank } 등급으로 [{ $tag }] 연맹에 가입했어요 (승인: { $actor } 님).
audit-left = { $user } 님이 [{ $tag }] 연맹에서 탈퇴했어요.
audit-kicked = { $actor } 님이 { $user } 님을 [{ $tag }] 연맹에서 내보냈어요.
audit-ranked = { $actor } 님이 { $user } 님을 [{ $tag }] 연맹의 { $rank } 등급으로 지정했어요.
audit-transferred = { $actor } 님이 [{ $tag }] 연맹의 맹주 자리를 { $user } 님에게 넘겼어요.
audit-succeeded = 이전 R5가 떠나서 이제 { $user } 님이 R5로 [{ $tag }] 연맹을 이끌어요.
audit-dissolved = { $actor } 님이 [{ $tag }] 연맹을 해산했어요.

# /setup stats
cmd-setup-stats-description = 멤버, 인증된 플레이어, 연맹 수를 보여 주는 잠긴 음성 채널을 만들어요
setup-stats-made = 통계 채널: { $channels } (숫자가 바뀌면 10분 안에 채널 이름이 바뀌어요).
setup-stats-failed = 통계 채널을 만들지 못했어요: DWOS에 채널 관리하기 권한이 필요해요.
stats-channel-members = 멤버: { $count }
stats-channel-verified = 인증됨: { $count }
stats-channel-alliances = 연맹: { $count }

# /language
cmd-language-name = 언어
cmd-language-description = DWOS가 나에게 쓸 언어를 골라요 (모든 서버와 DM에서)
cmd-language-language-description = 내 언어 ("Discord"를 고르면 다시 Discord 앱의 언어를 따라요)
language-set = 이제부터 모든 서버와 DM에서 한국어로 답해 드릴게요.
language-automatic = 이제부터 다시 Discord 앱의 언어를 따를게요.

# /dashboard
cmd-dashboard-name = 대시보드
cmd-dashboard-description = 나만의 페이지: 인증, 연맹, 언어, DWOS가 해 주는 일
dashboard-title = **내 DWOS 대시보드**
dashboard-verified = 인증됨: 플레이어 { $id }, **{ $name }**, { $state } 왕국 (닉네임은 입력하신 그대로)
dashboard-not-verified = 아직 이 서버에서 인증하지 않았어요: /인증을 사용해 주세요.
dashboard-furnace = 용광로: { $furnace }
dashboard-alliance = 연맹: { $alliance }
dashboard-not-set = 없음
dashboard-language = 언어: { $language }
dashboard-language-discord = Discord 앱과 같음
dashboard-reminder-dms = 이 서버의 이벤트 알림 DM: { $on }
dashboard-auto-redeem = 교환 코드 자동 교환: { $on }
dashboard-on = 켜짐
dashboard-off = 꺼짐
dashboard-hint = 언어는 /언어에서, 내 데이터는 /개인정보에서 바꿀 수 있어요.
dashboard-dm-on-button = DM으로 알림 받기
dashboard-dm-off-button = DM 알림 그만 받기
dashboard-redeem-on-button = 코드 자동 교환 켜기
dashboard-redeem-off-button = 코드 자동 교환 끄기

# /registration-help
cmd-registration-help-name = 인증도움말
cmd-registration-help-description = 인증하는 방법: 게임에서 플레이어 ID와 왕국 번호를 찾는 곳
registration-help-text = **DWOS로 인증하는 방법**
    1. 화이트아웃 서바이벌에서 왼쪽 위의 프로필 사진(아바타)을 눌러 주세요. 이름 아래에 있는 숫자가 **플레이어 ID**예요. 누르면 복사돼요.
    2. **왕국** 번호는 프로필과 월드 맵에 표시되는 **#** 뒤의 숫자예요 (예: #245).
    3. 여기에서 /인증(또는 환영 채널의 인증하기 버튼)을 사용해 ID, 왕국 번호, 게임 닉네임을 입력해 주세요.
    DWOS는 그 ID가 그 왕국에 있는지 게임에 확인해요. 닉네임과 용광로 레벨은 입력하신 그대로 저장돼요.

# /ticket and /close-ticket
cmd-ticket-name = 티켓
cmd-ticket-description = 운영진과 비공개 대화를 시작해요
cmd-ticket-subject-description = 어떤 내용인지 간단히
cmd-close-ticket-name = 티켓닫기
cmd-close-ticket-description = 내 티켓을 닫아요 (티켓 스레드 안에서는 그 티켓을 닫아요)
ticket-bad-subject = 제목은 1~100자의 일반 텍스트로 입력해 주세요.
ticket-already-open = 이미 열린 티켓이 있어요: { $ticket }. 새 티켓을 열기 전에 /티켓닫기로 닫아 주세요.
ticket-cannot-open = 여기에서는 비공개 스레드를 열 수 없었어요. 다른 채널에서 시도하거나, 운영진에게 DWOS에 비공개 스레드 만들기 권한을 달라고 요청해 주세요.
ticket-opening = { $user } 님의 티켓: **{ $subject }**
    여기에 글을 남겨 주세요. 운영진이 이 스레드를 볼 수 있어요. 해결되면 닫기를 눌러 주세요.
ticket-close-button = 닫기
ticket-opened = 티켓이 열렸어요: { $thread }
ticket-none = 열린 티켓이 없어요.
ticket-closed = 티켓을 닫았어요. 요약을 로그 채널에 보냈어요.
log-ticket-opened = { $user } 님이 티켓을 열었어요: **{ $subject }** ({ $thread }).
log-ticket-closed = 티켓 종료: **{ $subject }** (작성: { $user } 님, 열림: { $opened }, 닫힘: { $closed }, 닫은 사람: { $by } 님, 메시지 { $messages }개).

# /rules
cmd-rules-name = 규칙
cmd-rules-description = 서버 규칙을 보여 줘요. 운영진은 규칙을 작성, 게시, 예약할 수 있어요
cmd-rules-show-description = 서버 규칙을 보여 줘요
cmd-rules-set-description = 규칙을 작성해요 (양식). 선택: 동의한 모든 멤버에게 줄 역할
cmd-rules-set-role-description = "동의합니다"를 누르면 줄 역할 (운영진 권한이 없어야 해요)
cmd-rules-post-description = "동의합니다" 버튼과 함께 규칙을 게시해요
cmd-rules-post-channel-description = 규칙을 게시할 채널
cmd-rules-automation-description = 며칠마다 규칙을 다시 게시해요 (0이면 중지)
cmd-rules-automation-every-days-description = 게시 간격(일), 1~365 (0: 더 이상 게시 안 함)
cmd-rules-log-description = 규칙에 동의한 사람, 최신순
rules-form-title = 서버 규칙
rules-form-label = 규칙
rules-form-placeholder = 한 줄에 규칙 하나씩. 마크다운을 쓸 수 있어요.
rules-bad-text = 규칙은 1~1,900자여야 해요.
rules-saved = 규칙을 저장했어요. /규칙 post로 게시해 주세요.
rules-changed-meanwhile = 작성하는 동안 다른 운영진이 규칙을 변경해서 아무것도 저장하지 않았어요. /규칙 set을 다시 열어 그 운영진의 버전에서 시작해 주세요.
rules-none = 이 서버에는 아직 규칙이 없어요. 운영진이 /규칙 set으로 작성할 수 있어요.
rules-role-elevated = { $role } 역할에는 운영진 권한이 있거나 외부 연동 서비스가 관리하는 역할이라, 동의한 모든 사람에게 줄 수 없어요.
rules-cannot-post = 그 채널에 게시할 수 없어요: DWOS와 본인 모두 그 채널에 메시지를 보낼 수 있는지 확인해 주세요.
rules-posted = { $channel } 채널에 규칙을 게시했어요.
rules-bad-days = 0~365 사이의 일수를 입력해 주세요.
rules-post-first = 먼저 /규칙 post로 규칙을 한 번 게시해 주세요. 자동 게시는 그 채널에 다시 게시해요.
rules-automation-on = 이제 { $days }일마다 규칙을 다시 게시해요.
rules-automation-off = 이제 규칙을 자동으로 다시 게시하지 않아요.
rules-log-empty = 아직 규칙에 동의한 사람이 없어요.
rules-log-header = **규칙에 동의한 멤버 { $count }명** (최신순):
rules-accept-button = 동의합니다
rules-accepted = 감사해요: 규칙에 동의하신 것을 기록했어요.
rules-accepted-before = 이미 규칙에 동의하셨어요. 변경된 내용은 없어요.
log-rules-role-elevated = 규칙 역할 { $role }에 이제 운영진 권한이 있어서 DWOS가 더 이상 이 역할을 주지 않아요. /규칙 set으로 다른 역할을 골라 주세요.
