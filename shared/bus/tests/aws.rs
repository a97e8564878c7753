//! The SQS and EventBridge adapters against moto's server (started by scripts/test.sh,
//! which sets DWOS_TEST_AWS_ENDPOINT), and their retry paths against wiremock.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use async_trait::async_trait;
use aws_lambda_events::event::sqs::{SqsEvent, SqsMessage};
use aws_sdk_sqs::types::QueueAttributeName;
use dwos_bus::{DEADLINE_RESERVE, EventBridgePublisher, Publisher, Queue, SqsQueue, Worker, handle_sqs_batch};
use dwos_core::{
    ApplicationId, DomainEvent, DomainEventKind, Envelope, GuildId, InteractionId, InteractionToken, JobError, JobKind,
    Origin, UserId,
};
use std::collections::HashMap;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::Duration;

fn endpoint() -> String {
    std::env::var("DWOS_TEST_AWS_ENDPOINT")
        .expect("DWOS_TEST_AWS_ENDPOINT is not set: run `bash scripts/test.sh`, which starts moto")
}

fn sdk(endpoint: &str) -> aws_config::SdkConfig {
    aws_config::SdkConfig::builder()
        .behavior_version(aws_config::BehaviorVersion::latest())
        .endpoint_url(endpoint)
        .region(aws_config::Region::new("us-east-1"))
        .credentials_provider(aws_sdk_sqs::config::SharedCredentialsProvider::new(
            aws_sdk_sqs::config::Credentials::new("test", "test", None, None, "tests"),
        ))
        .build()
}

fn unique(prefix: &str) -> String {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    // Process ids come back across nextest's per-test processes: the clock keeps a reused one
    // from landing on a queue or bus an earlier test left on the same moto.
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos();
    format!("{prefix}-{}-{nanos}-{}", std::process::id(), COUNTER.fetch_add(1, Ordering::Relaxed))
}

fn envelope(id: u64) -> Envelope {
    Envelope::for_interaction(
        JobKind::Stats,
        InteractionId(id),
        InteractionToken::new("token"),
        ApplicationId(1),
        Some(GuildId(2)),
        None,
        Some(UserId(3)),
        "en",
        serde_json::Value::Null,
    )
}

fn far_deadline() -> std::time::SystemTime {
    std::time::SystemTime::now() + Duration::from_secs(600)
}

async fn queue_arn(sqs: &aws_sdk_sqs::Client, url: &str) -> String {
    let attributes =
        sqs.get_queue_attributes().queue_url(url).attribute_names(QueueAttributeName::QueueArn).send().await.unwrap();
    attributes.attributes().unwrap()[&QueueAttributeName::QueueArn].clone()
}

async fn receive_all(sqs: &aws_sdk_sqs::Client, url: &str, expected: usize) -> Vec<aws_sdk_sqs::types::Message> {
    let mut messages = Vec::new();
    for _ in 0..20 {
        let output = sqs
            .receive_message()
            .queue_url(url)
            .max_number_of_messages(10)
            .message_attribute_names("All")
            .send()
            .await
            .unwrap();
        for message in output.messages.unwrap_or_default() {
            sqs.delete_message().queue_url(url).receipt_handle(message.receipt_handle().unwrap()).send().await.unwrap();
            messages.push(message);
        }
        if messages.len() >= expected {
            break;
        }
    }
    messages
}

#[tokio::test]
async fn sqs_send_carries_the_envelope_and_correlation_id() {
    let sqs = aws_sdk_sqs::Client::new(&sdk(&endpoint()));
    let url = sqs.create_queue().queue_name(unique("stats")).send().await.unwrap().queue_url.unwrap();
    let queue = SqsQueue::new(sqs.clone(), HashMap::from([(JobKind::Stats, url.clone())]));
    queue.send(&envelope(41)).await.unwrap();
    let messages = receive_all(&sqs, &url, 1).await;
    assert_eq!(messages.len(), 1);
    assert_eq!(Envelope::from_json(messages[0].body().unwrap()).unwrap(), envelope(41));
    let attribute = &messages[0].message_attributes().unwrap()["correlation_id"];
    assert_eq!(attribute.string_value(), Some("41"));
}

#[tokio::test]
async fn sqs_batch_send_splits_into_tens() {
    let sqs = aws_sdk_sqs::Client::new(&sdk(&endpoint()));
    let url = sqs.create_queue().queue_name(unique("batch")).send().await.unwrap().queue_url.unwrap();
    let queue = SqsQueue::new(sqs.clone(), HashMap::from([(JobKind::Stats, url.clone())]));
    let envelopes: Vec<Envelope> = (0..23).map(envelope).collect();
    queue.send_batch(&envelopes).await.unwrap();
    let mut ids: Vec<u64> = receive_all(&sqs, &url, 23)
        .await
        .iter()
        .map(|m| match Envelope::from_json(m.body().unwrap()).unwrap().origin {
            Origin::Interaction { id, .. } => id.0,
            other => panic!("unexpected origin {other:?}"),
        })
        .collect();
    ids.sort();
    assert_eq!(ids, (0..23).collect::<Vec<_>>());
}

#[tokio::test]
async fn an_unconfigured_kind_is_a_typed_error() {
    let queue = SqsQueue::new(aws_sdk_sqs::Client::new(&sdk(&endpoint())), HashMap::new());
    assert!(matches!(queue.send(&envelope(1)).await, Err(dwos_bus::QueueError::NotConfigured(JobKind::Stats))));
}

struct AlwaysFails;

#[async_trait]
impl Worker for AlwaysFails {
    async fn handle(&self, _: Envelope) -> Result<(), JobError> {
        Err(JobError::Retry("Discord is down".into()))
    }
}

#[tokio::test]
async fn a_message_failing_max_receive_count_times_lands_in_the_dlq() {
    let sqs = aws_sdk_sqs::Client::new(&sdk(&endpoint()));
    let dlq = sqs.create_queue().queue_name(unique("dlq")).send().await.unwrap().queue_url.unwrap();
    let redrive = serde_json::json!({ "deadLetterTargetArn": queue_arn(&sqs, &dlq).await, "maxReceiveCount": 3 });
    let url = sqs
        .create_queue()
        .queue_name(unique("jobs"))
        .attributes(QueueAttributeName::RedrivePolicy, redrive.to_string())
        .attributes(QueueAttributeName::VisibilityTimeout, "0")
        .send()
        .await
        .unwrap()
        .queue_url
        .unwrap();
    SqsQueue::new(sqs.clone(), HashMap::from([(JobKind::Stats, url.clone())])).send(&envelope(7)).await.unwrap();

    // Play Lambda's part: receive, run the batch wrapper, delete only what succeeded.
    let mut deliveries = 0;
    for _ in 0..10 {
        let output = sqs.receive_message().queue_url(&url).max_number_of_messages(10).send().await.unwrap();
        let messages = output.messages.unwrap_or_default();
        if messages.is_empty() {
            break;
        }
        let mut event = SqsEvent::default();
        event.records = messages
            .iter()
            .map(|m| {
                let mut record = SqsMessage::default();
                record.message_id = m.message_id().map(str::to_owned);
                record.body = m.body().map(str::to_owned);
                record
            })
            .collect();
        let response = handle_sqs_batch(&AlwaysFails, event, far_deadline(), DEADLINE_RESERVE).await;
        assert_eq!(response.batch_item_failures.len(), messages.len(), "every failure is reported");
        deliveries += messages.len();
    }
    assert_eq!(deliveries, 3, "delivered maxReceiveCount times");
    let dead = receive_all(&sqs, &dlq, 1).await;
    assert_eq!(dead.len(), 1);
    assert_eq!(Envelope::from_json(dead[0].body().unwrap()).unwrap().correlation_id, "7");
}

#[tokio::test]
async fn a_published_event_reaches_an_sqs_target_through_a_rule() {
    let config = sdk(&endpoint());
    let (sqs, events) = (aws_sdk_sqs::Client::new(&config), aws_sdk_eventbridge::Client::new(&config));
    let bus = unique("bus");
    events.create_event_bus().name(&bus).send().await.unwrap();
    let url = sqs.create_queue().queue_name(unique("notify")).send().await.unwrap().queue_url.unwrap();
    let rule = unique("verified");
    let pattern = serde_json::json!({ "source": ["dwos"], "detail-type": ["PlayerVerified"] });
    events.put_rule().name(&rule).event_bus_name(&bus).event_pattern(pattern.to_string()).send().await.unwrap();
    let target =
        aws_sdk_eventbridge::types::Target::builder().id("notify").arn(queue_arn(&sqs, &url).await).build().unwrap();
    events.put_targets().rule(&rule).event_bus_name(&bus).targets(target).send().await.unwrap();

    let publisher = EventBridgePublisher::new(events, &bus);
    let verified = DomainEvent::new(
        DomainEventKind::PlayerVerified,
        Some(GuildId(2)),
        Some(UserId(3)),
        "99",
        serde_json::json!({"game_id": 555}),
    );
    let ignored =
        DomainEvent::new(DomainEventKind::GiftCodeAdded, Some(GuildId(2)), None, "100", serde_json::json!({}));
    publisher.publish(&[verified.clone(), ignored]).await.unwrap();

    let messages = receive_all(&sqs, &url, 1).await;
    assert_eq!(messages.len(), 1, "only the rule's detail-type is routed");
    let delivered: serde_json::Value = serde_json::from_str(messages[0].body().unwrap()).unwrap();
    assert_eq!(delivered["source"], "dwos");
    assert_eq!(delivered["detail-type"], "PlayerVerified");
    assert_eq!(serde_json::from_value::<DomainEvent>(delivered["detail"].clone()).unwrap(), verified);
}

mod faults {
    //! wiremock standing in for EventBridge and SQS to force partial failures.

    use super::*;
    use wiremock::matchers::method;
    use wiremock::{Mock, MockServer, ResponseTemplate};

    fn json(content_type: &str, body: serde_json::Value) -> ResponseTemplate {
        ResponseTemplate::new(200).insert_header("content-type", content_type).set_body_json(body)
    }

    fn event() -> DomainEvent {
        DomainEvent::new(DomainEventKind::PlayerVerified, None, None, "1", serde_json::json!({}))
    }

    const EVENTS_JSON: &str = "application/x-amz-json-1.1";
    const SQS_JSON: &str = "application/x-amz-json-1.0";

    #[tokio::test]
    async fn failed_event_entries_are_resent() {
        let server = MockServer::start().await;
        let partial = serde_json::json!({ "FailedEntryCount": 1, "Entries": [{ "ErrorCode": "InternalFailure", "ErrorMessage": "try again" }] });
        Mock::given(method("POST"))
            .respond_with(json(EVENTS_JSON, partial))
            .up_to_n_times(1)
            .expect(1)
            .mount(&server)
            .await;
        let accepted = serde_json::json!({ "FailedEntryCount": 0, "Entries": [{ "EventId": "e1" }] });
        Mock::given(method("POST")).respond_with(json(EVENTS_JSON, accepted)).expect(1).mount(&server).await;
        let mut publisher = EventBridgePublisher::new(aws_sdk_eventbridge::Client::new(&sdk(&server.uri())), "bus");
        publisher.backoff = Duration::from_millis(1);
        publisher.publish(&[event()]).await.unwrap();
    }

    #[tokio::test]
    async fn events_still_failing_are_an_error() {
        let server = MockServer::start().await;
        let partial = serde_json::json!({ "FailedEntryCount": 1, "Entries": [{ "ErrorCode": "InternalFailure" }] });
        Mock::given(method("POST")).respond_with(json(EVENTS_JSON, partial)).expect(3).mount(&server).await;
        let mut publisher = EventBridgePublisher::new(aws_sdk_eventbridge::Client::new(&sdk(&server.uri())), "bus");
        (publisher.retries, publisher.backoff) = (2, Duration::from_millis(1));
        assert!(publisher.publish(&[event()]).await.is_err());
    }

    #[tokio::test]
    async fn failed_sqs_batch_entries_are_resent() {
        let server = MockServer::start().await;
        let partial = serde_json::json!({ "Successful": [], "Failed": [{ "Id": "0", "SenderFault": false, "Code": "InternalError" }] });
        Mock::given(method("POST"))
            .respond_with(json(SQS_JSON, partial))
            .up_to_n_times(1)
            .expect(1)
            .mount(&server)
            .await;
        let accepted = serde_json::json!({ "Successful": [{ "Id": "0", "MessageId": "m", "MD5OfMessageBody": "x" }], "Failed": [] });
        Mock::given(method("POST")).respond_with(json(SQS_JSON, accepted)).expect(1).mount(&server).await;
        let client = aws_sdk_sqs::Client::new(&sdk(&server.uri()));
        let mut queue = SqsQueue::new(client, HashMap::from([(JobKind::Stats, format!("{}/q", server.uri()))]));
        queue.batch_backoff = Duration::from_millis(1);
        queue.send_batch(&[envelope(1)]).await.unwrap();
    }
}
