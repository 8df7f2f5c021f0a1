/**
 * A W3C `traceparent` for one request: the trace starts in the browser, so the gateway, the service, its SQL, the
 * outbox relay and every consumer of the event it raises share the trace id the page knows (problem+json answers
 * carry it back as `trace_id`). Sampled: the services' parent-based sampler keeps what the browser starts.
 */
export function newTraceparent(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(24));
  // All-zero ids are invalid; one random byte forced non-zero in each makes that impossible.
  bytes[0] ||= 1;
  bytes[16] ||= 1;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `00-${hex.slice(0, 32)}-${hex.slice(32, 48)}-01`;
}
