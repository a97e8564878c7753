//! Running one queued job through a worker, the same way on Lambda and locally.

use async_trait::async_trait;
use aws_lambda_events::event::sqs::{BatchItemFailure, SqsBatchResponse, SqsEvent};
use dwos_core::{Envelope, EnvelopeError};
use std::time::Instant;
use tracing::Instrument;

/// Why a job failed; the message goes back to the queue and, after its last try, to the DLQ.
pub type JobError = Box<dyn std::error::Error + Send + Sync>;

/// Handles the jobs of one kind.
#[async_trait]
pub trait Worker: Send + Sync {
    /// Does the job; an error means "try again later".
    async fn handle(&self, envelope: Envelope) -> Result<(), JobError>;
}

/// Parses a message body and hands it to the worker, logging one line with the
/// envelope's correlation id and the outcome.
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
            tracing::error!(outcome, error = %err, "rejected queue message");
            return Err(err.into());
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
        match &result {
            Ok(()) => tracing::info!(outcome = "done", latency_ms, "job"),
            Err(err) => tracing::warn!(outcome = "retry", latency_ms, error = %err, "job"),
        }
        result
    }
    .instrument(span)
    .await
}

/// The SQS consumer: every record through [`process_message`], failures reported by
/// message id so only those are redelivered (ReportBatchItemFailures).
pub async fn handle_sqs_batch<W: Worker + ?Sized>(worker: &W, event: SqsEvent) -> SqsBatchResponse {
    let mut response = SqsBatchResponse::default();
    for record in event.records {
        let id = record.message_id.clone().unwrap_or_default();
        let body = record.body.as_deref().unwrap_or_default();
        let span = tracing::info_span!("sqs_record", message_id = %id);
        if process_message(worker, body).instrument(span).await.is_err() {
            let mut failure = BatchItemFailure::default();
            failure.item_identifier = id;
            response.batch_item_failures.push(failure);
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
            if envelope.correlation_id == "fail" { Err("boom".into()) } else { Ok(()) }
        }
    }

    fn body(correlation_id: &str) -> String {
        format!(
            r#"{{"version":1,"kind":"stats","interaction_id":"1","interaction_token":"t","application_id":"2",
            "guild_id":"3","channel_id":null,"user_id":null,"locale":"en","correlation_id":"{correlation_id}"}}"#
        )
    }

    fn record(id: &str, body: String) -> SqsMessage {
        let mut message = SqsMessage::default();
        message.message_id = Some(id.into());
        message.body = Some(body);
        message
    }

    #[tokio::test]
    async fn reports_only_the_failed_records() {
        let worker = Recorder(Mutex::new(Vec::new()));
        let mut event = SqsEvent::default();
        event.records = vec![
            record("m1", body("ok")),
            record("m2", body("fail")),
            record("m3", r#"{"version":9}"#.into()),
            record("m4", "garbage".into()),
        ];
        let response = handle_sqs_batch(&worker, event).await;
        let failed: Vec<_> = response.batch_item_failures.iter().map(|f| f.item_identifier.as_str()).collect();
        assert_eq!(failed, ["m2", "m3", "m4"]);
        assert_eq!(*worker.0.lock().unwrap(), ["ok", "fail"], "bad versions never reach the worker");
    }
}
