// The access-log formats as Athena reads them: AWS's documented table columns, in order, and the RegexSerDe
// `input.regex` of each load balancer type (the Athena User Guide's CREATE TABLE statements for ALB access
// logs, Network Load Balancer TLS logs and Classic Load Balancer logs).
//
// Each regex is the text between the quotes of AWS's DDL with the SQL string escapes undone (`\"` is `"`,
// `\\` is `\`), which is what the SerDe receives from Athena; Java reads `\s` as white space and `\"` as a
// quote. The trailing `( .*)?` of the ALB and NLB patterns takes the fields AWS may add later, so the
// table keeps matching when the log format grows.

export type LogFormatKind = 'application' | 'network' | 'classic'

export interface Column {
  name: string
  type: 'string' | 'int' | 'bigint' | 'double'
}

export interface LogFormat {
  kind: LogFormatKind
  /** Short name in table and query names. */
  short: 'alb' | 'nlb' | 'clb'
  columns: Column[]
  regex: string
}

const columns = (spec: string): Column[] =>
  spec
    .trim()
    .split(/\s*,\s*/)
    .map((pair) => {
      const [name, type] = pair.split(/\s+/)
      return { name, type: type as Column['type'] }
    })

/** ALB access logs: the `alb_access_logs` table, with `classification`, `classification_reason` and `conn_trace_id`. */
const ALB: LogFormat = {
  kind: 'application',
  short: 'alb',
  columns: columns(`
    type string, time string, elb string, client_ip string, client_port int, target_ip string, target_port int,
    request_processing_time double, target_processing_time double, response_processing_time double,
    elb_status_code int, target_status_code string, received_bytes bigint, sent_bytes bigint,
    request_verb string, request_url string, request_proto string, user_agent string,
    ssl_cipher string, ssl_protocol string, target_group_arn string, trace_id string, domain_name string,
    chosen_cert_arn string, matched_rule_priority string, request_creation_time string, actions_executed string,
    redirect_url string, lambda_error_reason string, target_port_list string, target_status_code_list string,
    classification string, classification_reason string, conn_trace_id string`),
  regex:
    '([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*):([0-9]*) ([^ ]*)[:-]([0-9]*) ([-.0-9]*) ([-.0-9]*) ([-.0-9]*) (|[-0-9]*) (-|[-0-9]*) ([-0-9]*) ([-0-9]*) ' +
    '"([^ ]*) (.*) (- |[^ ]*)" "([^"]*)" ([A-Z0-9-_]+) ([A-Za-z0-9.-]*) ([^ ]*) "([^"]*)" "([^"]*)" "([^"]*)" ([-.0-9]*) ([^ ]*) ' +
    '"([^"]*)" "([^"]*)" "([^ ]*)" "([^\\s]+?)" "([^\\s]+)" "([^ ]*)" "([^ ]*)" ?([^ ]*)?( .*)?'
}

/** Network Load Balancer TLS logs: the `nlb_tls_logs` table, up to `tls_connection_creation_time`. */
const NLB: LogFormat = {
  kind: 'network',
  short: 'nlb',
  columns: columns(`
    type string, version string, time string, elb string, listener_id string, client_ip string, client_port int,
    target_ip string, target_port int, tcp_connection_time_ms double, tls_handshake_time_ms double,
    received_bytes bigint, sent_bytes bigint, incoming_tls_alert int, cert_arn string, certificate_serial string,
    tls_cipher_suite string, tls_protocol_version string, tls_named_group string, domain_name string,
    alpn_fe_protocol string, alpn_be_protocol string, alpn_client_preference_list string,
    tls_connection_creation_time string`),
  regex:
    '([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*):([0-9]*) ([^ ]*):([0-9]*) ([-.0-9]*) ([-.0-9]*) ([-0-9]*) ([-0-9]*) ([-0-9]*) ' +
    '([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*) ?([^ ]*)?( .*)?'
}

/** Classic Load Balancer logs: the `elb_logs` table (its `user_agent` keeps the quotes, as AWS's regex captures them). */
const CLB: LogFormat = {
  kind: 'classic',
  short: 'clb',
  columns: columns(`
    timestamp string, elb_name string, request_ip string, request_port int, backend_ip string, backend_port int,
    request_processing_time double, backend_processing_time double, client_response_time double,
    elb_response_code string, backend_response_code string, received_bytes bigint, sent_bytes bigint,
    request_verb string, url string, protocol string, user_agent string, ssl_cipher string, ssl_protocol string`),
  regex:
    '([^ ]*) ([^ ]*) ([^ ]*):([0-9]*) ([^ ]*)[:-]([0-9]*) ([-.0-9]*) ([-.0-9]*) ([-.0-9]*) (|[-0-9]*) (-|[-0-9]*) ([-0-9]*) ([-0-9]*) ' +
    '\\"([^ ]*) ([^ ]*) (- |[^ ]*)\\" ("[^"]*") ([A-Z0-9-]+) ([A-Za-z0-9.-]*)$'
}

export const LOG_FORMATS: Record<LogFormatKind, LogFormat> = { application: ALB, network: NLB, classic: CLB }
