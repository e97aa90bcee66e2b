-- The W3C trace context of the transaction that recorded the event, so that its trace goes on through the relay
-- to Kafka and the consumers. Null when tracing is off.
ALTER TABLE kit_outbox ADD COLUMN traceparent text;
