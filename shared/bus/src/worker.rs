//! Running one queued job through a worker, the same way on Lambda and locally.

use async_trait::async_trait;
use aws_lambda_events::event::sqs::{BatchItemFailure, SqsBatchResponse, SqsEvent};
use dwos_core::{Envelope, EnvelopeError, JobError};
use std::time::{Duration, Instant, SystemTime};
use tracing::Instrument;

/// Handles the jobs of one kind.
#[async_trait]
pub trait Worker: Send + Sync {
    /// Does the job; [`JobError::Retry`] hands it back to the queue, [`JobError::Permanent`]
    /// drops it after one log line.
    async fn handle(&self, envelope: Envelope) -> Result<(), JobError>;
}

/// Parses a message body and hands it to the worker, logging one line with the
/// envelope's correlation id and the outcome. `Err` means "deliver it again".
pub async fn process_message<W: Worker + ?Sized>(worker: &W, body: &str) -> Result<(), JobError> {
    let started = Instant::now();
    let envelope = match Envelope::from_json(body) {
        Ok(envelope) => envelope,
        Err(err) => {
            // Left to fail every delivery so it lands in the DLQ for a person to read.
            let outcome = match err {
                EnvelopeError::UnsupportedVersion(_) => "unsupported_version",
                EnvelopeError::Malformed(_) => "malformed",
            };
            tracing::error!(outcome, error = %err, "rejected queue message; it will reach the DLQ");
            return Err(JobError::Retry(err.to_string()));
        }
    };
    let span = tracing::info_span!(
        "job",
        correlation_id = %envelope.correlation_id,
        kind = %envelope.kind,
        guild_id = envelope.guild_id.map(|g| g.0),
    );
    async move {
        let result = worker.handle(envelope).await;
        let latency_ms = started.elapsed().as_millis() as u64;
        match result {
            Ok(()) => {
                tracing::info!(outcome = "done", latency_ms, "job");
                Ok(())
            }
            Err(JobError::Permanent(reason)) => {
                // Acknowledged: five more deliveries would fail the same way.
                tracing::error!(outcome = "dropped", latency_ms, error = %reason, "job failed permanently");
                Ok(())
            }
            Err(err) => {
                tracing::warn!(outcome = "retry", latency_ms, error = %err, "job");
                Err(err)
            }
        }
    }
    .instrument(span)
    .await
}

/// Time kept back from the invocation's deadline for quick jobs (a `/stats` edit): a record
/// started later might not finish, so it is handed back instead. Workers whose jobs wait
/// on the game API pass a longer reserve.
pub const DEADLINE_RESERVE: Duration = Duration::from_secs(5);

/// The SQS consumer: every record through [`process_message`], failures reported by
/// message id so only those are redelivered (ReportBatchItemFailures). Once less than
/// `reserve` is left before `deadline`, the remaining records are not started and are
/// reported as failures, so the queue redelivers them instead of Lambda killing the batch.
pub async fn handle_sqs_batch<W: Worker + ?Sized>(
    worker: &W,
    event: SqsEvent,
    deadline: SystemTime,
    reserve: Duration,
) -> SqsBatchResponse {
    let mut response = SqsBatchResponse::default();
    let mut failed = |id: String| {
        let mut failure = BatchItemFailure::default();
        failure.item_identifier = id;
        response.batch_item_failures.push(failure);
    };
    for record in event.records {
        let id = record.message_id.clone().unwrap_or_default();
        let left = deadline.duration_since(SystemTime::now()).unwrap_or(Duration::ZERO);
        if left < reserve {
            tracing::warn!(message_id = %id, left_ms = left.as_millis() as u64, "deadline near: record handed back");
            failed(id);
            continue;
        }
        let body = record.body.as_deref().unwrap_or_default();
        let span = tracing::info_span!("sqs_record", message_id = %id);
        // Not cut off mid-way: a job dropped between claiming a step and doing it would lose
        // that step for good. The reserve is sized so a record started still finishes.
        if process_message(worker, body).instrument(span).await.is_err() {
            failed(id);
        }
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use aws_lambda_events::event::sqs::SqsMessage;
    use std::sync::Mutex;

    struct Recorder(Mutex<Vec<String>>);

    #[async_trait]
    impl Worker for Recorder {
        async fn handle(&self, envelope: Envelope) -> Result<(), JobError> {
            self.0.lock().unwrap().push(envelope.correlation_id.clone());
            match envelope.correlation_id.as_str() {
                "fail" => Err(JobError::Retry("boom".into())),
                "gone" => Err(JobError::Permanent("token expired".into())),
                "slow" => {
                    tokio::time::sleep(Duration::from_millis(300)).await;
                    Ok(())
                }
                _ => Ok(()),
            }
        }
    }

    fn body(correlation_id: &str) -> String {
        format!(
            r#"{{"version":2,"kind":"stats","origin":{{"type":"interaction","id":"1","token":"t","application_id":"2"}},
            "guild_id":"3","channel_id":null,"user_id":null,"locale":"en","correlation_id":"{correlation_id}"}}"#
        )
    }

    fn record(id: &str, body: String) -> SqsMessage {
        let mut message = SqsMessage::default();
        message.message_id = Some(id.into());
        message.body = Some(body);
        message
    }

    fn far() -> SystemTime {
        SystemTime::now() + Duration::from_secs(600)
    }

    #[tokio::test]
    async fn reports_only_the_retryable_failures() {
        let worker = Recorder(Mutex::new(Vec::new()));
        let mut event = SqsEvent::default();
        event.records = vec![
            record("m1", body("ok")),
            record("m2", body("fail")),
            record("m3", r#"{"version":9}"#.into()),
            record("m4", "garbage".into()),
            record("m5", body("gone")),
        ];
        let response = handle_sqs_batch(&worker, event, far(), DEADLINE_RESERVE).await;
        let failed: Vec<_> = response.batch_item_failures.iter().map(|f| f.item_identifier.as_str()).collect();
        assert_eq!(failed, ["m2", "m3", "m4"], "a permanent failure is acknowledged");
        assert_eq!(*worker.0.lock().unwrap(), ["ok", "fail", "gone"], "bad versions never reach the worker");
    }

    #[tokio::test]
    async fn stops_taking_records_when_the_deadline_is_near() {
        let worker = Recorder(Mutex::new(Vec::new()));
        let mut event = SqsEvent::default();
        event.records = vec![record("m1", body("slow")), record("m2", body("ok")), record("m3", body("ok"))];
        // 400 ms left, 200 ms reserve: the 300 ms first record eats the margin.
        let deadline = SystemTime::now() + Duration::from_millis(400);
        let response = handle_sqs_batch(&worker, event, deadline, Duration::from_millis(200)).await;
        let failed: Vec<_> = response.batch_item_failures.iter().map(|f| f.item_identifier.as_str()).collect();
        assert_eq!(failed, ["m2", "m3"]);
        assert_eq!(*worker.0.lock().unwrap(), ["slow"], "records past the deadline are never started");
    }

    #[tokio::test]
    async fn a_deadline_already_passed_hands_everything_back() {
        let worker = Recorder(Mutex::new(Vec::new()));
        let mut event = SqsEvent::default();
        event.records = vec![record("m1", body("ok"))];
        let response = handle_sqs_batch(&worker, event, SystemTime::now(), DEADLINE_RESERVE).await;
        assert_eq!(response.batch_item_failures.len(), 1);
        assert!(worker.0.lock().unwrap().is_empty());
    }
}
