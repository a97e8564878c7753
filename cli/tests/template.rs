#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Checks template.yaml against the deployment rules of DESIGN.md ("Contracts"): retries reach
//! the DLQ, SQS consumers are limited on the event source, every failure alarms, logs expire
//! and the HTTP API is throttled.

use serde_norway::Value;

/// Default `VisibilityTimeout` and `MessageRetentionPeriod` of an SQS queue, in seconds.
const SQS_DEFAULT_VISIBILITY: u64 = 30;
const SQS_DEFAULT_RETENTION: u64 = 345_600;
/// Default `Timeout` of a Lambda function, in seconds.
const LAMBDA_DEFAULT_TIMEOUT: u64 = 3;

fn template() -> Value {
    serde_norway::from_str(include_str!(concat!(env!("CARGO_MANIFEST_DIR"), "/../template.yaml")))
        .expect("template.yaml is YAML")
}

/// The logical id and `Properties` of every resource of type `kind`.
fn resources<'a>(t: &'a Value, kind: &'a str) -> impl Iterator<Item = (&'a str, &'a Value)> {
    t["Resources"]
        .as_mapping()
        .expect("template.yaml has Resources")
        .iter()
        .filter(move |(_, resource)| resource["Type"].as_str() == Some(kind))
        .map(|(id, resource)| (id.as_str().expect("logical ids are strings"), &resource["Properties"]))
}

/// The argument of an intrinsic function, short (`!GetAtt X.Arn`) or long (`Fn::GetAtt: …`) form.
fn intrinsic<'a>(v: &'a Value, name: &str) -> Option<&'a Value> {
    match v {
        Value::Tagged(tagged) if tagged.tag == name => Some(&tagged.value),
        _ if name == "Ref" => v.get("Ref"),
        _ => v.get(format!("Fn::{name}")),
    }
}

/// `X` from `!Ref X`.
fn ref_to(v: &Value) -> Option<&str> {
    intrinsic(v, "Ref")?.as_str()
}

/// `(X, Attribute)` from `!GetAtt X.Attribute` or `!GetAtt [X, Attribute]`.
fn get_att(v: &Value) -> Option<(&str, &str)> {
    match intrinsic(v, "GetAtt")? {
        Value::Sequence(parts) => Some((parts.first()?.as_str()?, parts.get(1)?.as_str()?)),
        other => other.as_str()?.split_once('.'),
    }
}

/// A number written as an int, a string, or `!Ref` to a parameter with a default.
fn number(t: &Value, v: &Value) -> Option<u64> {
    match ref_to(v) {
        Some(parameter) => number(t, &t["Parameters"][parameter]["Default"]),
        None => v.as_u64().or_else(|| v.as_str()?.trim().parse().ok()),
    }
}

/// A function property, falling back to `Globals.Function`.
fn function_property<'a>(t: &'a Value, function: &'a Value, key: &str) -> &'a Value {
    function.get(key).unwrap_or(&t["Globals"]["Function"][key])
}

/// The `Properties` of a function's SQS events.
fn sqs_events(function: &Value) -> impl Iterator<Item = &Value> {
    function["Events"]
        .as_mapping()
        .into_iter()
        .flat_map(|events| events.values())
        .filter(|event| event["Type"].as_str() == Some("SQS"))
        .map(|event| &event["Properties"])
}

fn retention(t: &Value, queue: &Value) -> u64 {
    number(t, &queue["MessageRetentionPeriod"]).unwrap_or(SQS_DEFAULT_RETENTION)
}

fn sequence(v: &Value) -> &[Value] {
    v.as_sequence().map(Vec::as_slice).unwrap_or_default()
}

/// The value of an alarm's dimension `name`.
fn dimension<'a>(alarm: &'a Value, name: &str) -> Option<&'a Value> {
    sequence(&alarm["Dimensions"]).iter().find(|d| d["Name"].as_str() == Some(name)).map(|d| &d["Value"])
}

#[test]
fn every_queue_keeps_messages_longer_than_it_can_retry() {
    let t = template();
    let mut redriven = 0;
    for (name, queue) in resources(&t, "AWS::SQS::Queue") {
        let redrive = &queue["RedrivePolicy"];
        if redrive.is_null() {
            continue;
        }
        redriven += 1;
        let visibility = number(&t, &queue["VisibilityTimeout"]).unwrap_or(SQS_DEFAULT_VISIBILITY);
        let receives = number(&t, &redrive["maxReceiveCount"]).expect("RedrivePolicy has maxReceiveCount");
        let kept = retention(&t, queue);
        assert!(
            kept > visibility * receives,
            "{name}: messages expire after {kept} s, before {receives} receives {visibility} s apart reach the DLQ"
        );
        let (dlq, _) = get_att(&redrive["deadLetterTargetArn"]).expect("deadLetterTargetArn is !GetAtt <Dlq>.Arn");
        let dlq_kept = retention(&t, &t["Resources"][dlq]["Properties"]);
        // A standard queue keeps a message's original enqueue time when it moves it to the DLQ.
        assert!(dlq_kept >= kept, "{dlq} keeps messages {dlq_kept} s, less than its source {name} ({kept} s)");
    }
    assert!(redriven > 0, "no queue has a RedrivePolicy");
}

#[test]
fn sqs_triggered_functions_limit_concurrency_on_the_event_source() {
    let t = template();
    let mut events = 0;
    for (name, function) in resources(&t, "AWS::Serverless::Function") {
        for event in sqs_events(function) {
            events += 1;
            assert!(
                function_property(&t, function, "ReservedConcurrentExecutions").is_null(),
                "{name}: reserved concurrency throttles the SQS poller; use ScalingConfig.MaximumConcurrency"
            );
            let maximum = number(&t, &event["ScalingConfig"]["MaximumConcurrency"]);
            assert!(maximum.is_some_and(|m| m >= 2), "{name}: ScalingConfig.MaximumConcurrency is {maximum:?}");
            let types = sequence(&event["FunctionResponseTypes"]);
            assert!(
                types.iter().any(|ty| ty.as_str() == Some("ReportBatchItemFailures")),
                "{name}: without ReportBatchItemFailures one bad message retries its whole batch"
            );
        }
    }
    assert!(events > 0, "no function has an SQS event");
}

#[test]
fn every_queue_visibility_is_at_least_six_times_its_consumer_timeout() {
    let t = template();
    let mut events = 0;
    for (name, function) in resources(&t, "AWS::Serverless::Function") {
        let timeout = number(&t, function_property(&t, function, "Timeout")).unwrap_or(LAMBDA_DEFAULT_TIMEOUT);
        for event in sqs_events(function) {
            events += 1;
            let (queue, _) = get_att(&event["Queue"]).expect("an SQS event's Queue is !GetAtt <Queue>.Arn");
            let visibility =
                number(&t, &t["Resources"][queue]["Properties"]["VisibilityTimeout"]).unwrap_or(SQS_DEFAULT_VISIBILITY);
            assert!(
                visibility >= 6 * timeout,
                "{queue}: visibility {visibility} s is less than 6 x {name}'s timeout ({timeout} s)"
            );
        }
    }
    assert!(events > 0, "no function has an SQS event");
}

#[test]
fn every_alarm_notifies_the_alarm_topic() {
    let t = template();
    assert_eq!(t["Resources"]["AlarmTopic"]["Type"].as_str(), Some("AWS::SNS::Topic"));
    let mut alarms = 0;
    for (name, alarm) in resources(&t, "AWS::CloudWatch::Alarm") {
        alarms += 1;
        assert!(
            sequence(&alarm["AlarmActions"]).iter().any(|action| ref_to(action) == Some("AlarmTopic")),
            "{name} does not notify the AlarmTopic"
        );
    }
    assert!(alarms > 0, "no alarms");
}

#[test]
fn every_function_has_an_errors_alarm_and_every_dlq_an_alarm() {
    let t = template();
    let alarms: Vec<&Value> = resources(&t, "AWS::CloudWatch::Alarm").map(|(_, alarm)| alarm).collect();
    let watches = |namespace: &str, metric: Option<&str>, dimension_name: &str, target: &dyn Fn(&Value) -> bool| {
        alarms.iter().any(|alarm| {
            alarm["Namespace"].as_str() == Some(namespace)
                && metric.is_none_or(|metric| alarm["MetricName"].as_str() == Some(metric))
                && dimension(alarm, dimension_name).is_some_and(target)
        })
    };
    let mut functions = 0;
    for (name, _) in resources(&t, "AWS::Serverless::Function") {
        functions += 1;
        assert!(
            watches("AWS/Lambda", Some("Errors"), "FunctionName", &|v| ref_to(v) == Some(name)),
            "{name} has no alarm on its Errors metric"
        );
    }
    assert!(functions > 0, "no functions");
    let dlqs: Vec<&str> = resources(&t, "AWS::SQS::Queue")
        .filter_map(|(_, queue)| get_att(&queue["RedrivePolicy"]["deadLetterTargetArn"]).map(|(dlq, _)| dlq))
        .collect();
    assert!(!dlqs.is_empty(), "no dead-letter queues");
    for dlq in dlqs {
        assert!(
            watches("AWS/SQS", None, "QueueName", &|v| get_att(v) == Some((dlq, "QueueName"))),
            "{dlq} has no alarm"
        );
    }
}

#[test]
fn every_function_logs_to_its_own_log_group_with_retention() {
    let t = template();
    let mut functions = 0;
    for (name, function) in resources(&t, "AWS::Serverless::Function") {
        functions += 1;
        // SAM merges a function's LoggingConfig map with Globals.Function's.
        let group = ref_to(&function["LoggingConfig"]["LogGroup"])
            .or_else(|| ref_to(&t["Globals"]["Function"]["LoggingConfig"]["LogGroup"]))
            .unwrap_or_else(|| {
                panic!("{name}: LoggingConfig.LogGroup is not !Ref <LogGroup>, so it logs to /aws/lambda/<name>")
            });
        let resource = &t["Resources"][group];
        assert_eq!(
            resource["Type"].as_str(),
            Some("AWS::Logs::LogGroup"),
            "{name}: LoggingConfig.LogGroup refers to {group}, not a log group of this stack"
        );
        let days = number(&t, &resource["Properties"]["RetentionInDays"]);
        assert!(days.is_some_and(|d| d > 0), "{name}'s log group {group} keeps logs forever ({days:?})");
    }
    assert!(functions > 0, "no functions");
}

/// Whether `v` refers to the resource `id`: `!Ref id`, `!GetAtt id.X` or `${id}` / `${id.X}` in a
/// `!Sub`, anywhere inside it.
fn refers_to(v: &Value, id: &str) -> bool {
    if ref_to(v) == Some(id) || get_att(v).is_some_and(|(resource, _)| resource == id) {
        return true;
    }
    match v {
        Value::String(s) => s.contains(&format!("${{{id}}}")) || s.contains(&format!("${{{id}.")),
        Value::Sequence(items) => items.iter().any(|item| refers_to(item, id)),
        Value::Mapping(mapping) => mapping.values().any(|item| refers_to(item, id)),
        Value::Tagged(tagged) => refers_to(&tagged.value, id),
        _ => false,
    }
}

/// A literal name, or the template string of a `!Sub` (either form).
fn name_pattern(v: &Value) -> Option<&str> {
    v.as_str().or_else(|| {
        let sub = intrinsic(v, "Sub")?;
        sub.as_str().or_else(|| sequence(sub).first()?.as_str())
    })
}

#[test]
fn no_log_group_is_named_after_a_function() {
    // Lambda creates /aws/lambda/<function name> by itself the first time a function logs, so a
    // stack log group of that name fails ("already exists") on every stack that already ran, and
    // naming a group after a function while the function's LoggingConfig refers to the group is
    // a circular dependency.
    let t = template();
    let functions: Vec<&str> = resources(&t, "AWS::Serverless::Function").map(|(name, _)| name).collect();
    assert!(!functions.is_empty(), "no functions");
    let mut groups = 0;
    for (group, properties) in resources(&t, "AWS::Logs::LogGroup") {
        groups += 1;
        let name = &properties["LogGroupName"];
        for function in &functions {
            assert!(!refers_to(name, function), "{group}: LogGroupName refers to {function}");
        }
        let pattern = name_pattern(name).unwrap_or_default();
        assert!(!pattern.starts_with("/aws/lambda/"), "{group}: {pattern} is in Lambda's own namespace");
    }
    assert!(groups > 0, "no log groups");
}

#[test]
fn the_http_api_is_throttled() {
    let t = template();
    let mut apis = 0;
    for (name, api) in resources(&t, "AWS::Serverless::HttpApi") {
        apis += 1;
        for key in ["ThrottlingRateLimit", "ThrottlingBurstLimit"] {
            let limit = number(&t, &api["DefaultRouteSettings"][key]);
            assert!(limit.is_some_and(|l| l > 0), "{name}: DefaultRouteSettings.{key} is {limit:?}");
        }
    }
    assert!(apis > 0, "no HTTP API");
}

#[test]
fn every_function_folder_is_built_once_by_its_own_function() {
    let t = template();
    let mut binaries: Vec<&str> = t["Resources"]
        .as_mapping()
        .unwrap()
        .values()
        .filter(|resource| resource["Type"].as_str() == Some("AWS::Serverless::Function"))
        .map(|function| function["Metadata"]["BuildProperties"]["Binary"].as_str().expect("a Binary per function"))
        .collect();
    binaries.sort_unstable();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../functions");
    let mut folders: Vec<String> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    folders.sort_unstable();
    // A copied function that still builds its model's binary would read its queue with the
    // wrong worker: every folder once, no binary twice.
    assert_eq!(binaries, folders);
}
