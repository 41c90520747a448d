// AWS's own words for the three access-log formats, kept apart from src/ so that the kit is checked against
// them rather than against itself: the column lists and `input.regex` literals of the Athena User Guide's
// CREATE TABLE statements (as printed there, SQL escapes included), and the sample log lines of the Elastic
// Load Balancing guides ("Access log entries", examples).

export interface AwsLogReference {
  /** `name type` pairs of the CREATE TABLE statement, in order. */
  ddlColumns: string
  /** The text between the quotes of `'input.regex' = '…'`, as the DDL prints it. */
  ddlRegex: string
  /** Documented log lines, each with a few of the values Athena must read from it. */
  samples: { line: string; values: Record<string, string> }[]
}

export const AWS_LOGS: Record<'application' | 'network' | 'classic', AwsLogReference> = {
  application: {
    ddlColumns: `type string, time string, elb string, client_ip string, client_port int, target_ip string, target_port int,
      request_processing_time double, target_processing_time double, response_processing_time double, elb_status_code int,
      target_status_code string, received_bytes bigint, sent_bytes bigint, request_verb string, request_url string,
      request_proto string, user_agent string, ssl_cipher string, ssl_protocol string, target_group_arn string,
      trace_id string, domain_name string, chosen_cert_arn string, matched_rule_priority string,
      request_creation_time string, actions_executed string, redirect_url string, lambda_error_reason string,
      target_port_list string, target_status_code_list string, classification string, classification_reason string,
      conn_trace_id string`,
    ddlRegex: String.raw`([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*):([0-9]*) ([^ ]*)[:-]([0-9]*) ([-.0-9]*) ([-.0-9]*) ([-.0-9]*) (|[-0-9]*) (-|[-0-9]*) ([-0-9]*) ([-0-9]*) \"([^ ]*) (.*) (- |[^ ]*)\" \"([^\"]*)\" ([A-Z0-9-_]+) ([A-Za-z0-9.-]*) ([^ ]*) \"([^\"]*)\" \"([^\"]*)\" \"([^\"]*)\" ([-.0-9]*) ([^ ]*) \"([^\"]*)\" \"([^\"]*)\" \"([^ ]*)\" \"([^\s]+?)\" \"([^\s]+)\" \"([^ ]*)\" \"([^ ]*)\" ?([^ ]*)?( .*)?`,
    samples: [
      {
        line: 'http 2018-07-02T22:23:00.186641Z app/my-loadbalancer/50dc6c495c0c9188 192.168.131.39:2817 10.0.0.1:80 0.000 0.001 0.000 200 200 34 366 "GET http://www.example.com:80/ HTTP/1.1" "curl/7.46.0" - - arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 "Root=1-58337262-36d228ad5d99923122bbe354" "-" "-" 0 2018-07-02T22:22:48.364000Z "forward" "-" "-" "10.0.0.1:80" "200" "-" "-" TID_1234abcd5678ef90',
        values: { client_ip: '192.168.131.39', received_bytes: '34', sent_bytes: '366', request_url: 'http://www.example.com:80/', ssl_cipher: '-', target_port_list: '10.0.0.1:80', conn_trace_id: 'TID_1234abcd5678ef90' }
      },
      {
        line: 'https 2018-07-02T22:23:00.186641Z app/my-loadbalancer/50dc6c495c0c9188 192.168.131.39:2817 10.0.0.1:80 0.086 0.048 0.037 200 200 0 57 "GET https://www.example.com:443/ HTTP/1.1" "curl/7.46.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 "Root=1-58337281-1d84f3d73c47ec4e58577259" "www.example.com" "arn:aws:acm:us-east-2:123456789012:certificate/12345678-1234-1234-1234-123456789012" 1 2018-07-02T22:22:48.364000Z "authenticate,forward" "-" "-" "10.0.0.1:80" "200" "-" "-" TID_1234abcd5678ef90',
        values: { ssl_cipher: 'ECDHE-RSA-AES128-GCM-SHA256', ssl_protocol: 'TLSv1.2', domain_name: 'www.example.com', actions_executed: 'authenticate,forward', elb_status_code: '200' }
      },
      {
        // A failed Lambda target: no target address, no target status.
        line: 'http 2018-11-30T22:23:00.186641Z app/my-loadbalancer/50dc6c495c0c9188 192.168.131.39:2817 - 0.000 0.001 0.000 502 - 34 366 "GET http://www.example.com:80/ HTTP/1.1" "curl/7.46.0" - - arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 "Root=1-58337364-23a8c76965a2ef7629b185e3" "-" "-" 0 2018-11-30T22:22:48.364000Z "forward" "-" "LambdaInvalidResponse" "-" "-" "-" "-"',
        values: { elb_status_code: '502', target_status_code: '-', lambda_error_reason: 'LambdaInvalidResponse', target_ip: '' }
      },
      {
        // Fields AWS appends after conn_trace_id go to the trailing group, not into the columns.
        line: 'http 2018-07-02T22:23:00.186641Z app/my-loadbalancer/50dc6c495c0c9188 192.168.131.39:2817 10.0.0.1:80 0.000 0.001 0.000 200 200 34 366 "GET http://www.example.com:80/ HTTP/1.1" "curl/7.46.0" - - arn:aws:elasticloadbalancing:us-east-2:123456789012:targetgroup/my-targets/73e2d6bc24d8a067 "Root=1-58337262-36d228ad5d99923122bbe354" "-" "-" 0 2018-07-02T22:22:48.364000Z "forward" "-" "-" "10.0.0.1:80" "200" "-" "-" TID_1234abcd5678ef90 "-" "-" "-"',
        values: { client_ip: '192.168.131.39', conn_trace_id: 'TID_1234abcd5678ef90' }
      }
    ]
  },
  network: {
    ddlColumns: `type string, version string, time string, elb string, listener_id string, client_ip string, client_port int,
      target_ip string, target_port int, tcp_connection_time_ms double, tls_handshake_time_ms double, received_bytes bigint,
      sent_bytes bigint, incoming_tls_alert int, cert_arn string, certificate_serial string, tls_cipher_suite string,
      tls_protocol_version string, tls_named_group string, domain_name string, alpn_fe_protocol string,
      alpn_be_protocol string, alpn_client_preference_list string, tls_connection_creation_time string`,
    ddlRegex: String.raw`([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*):([0-9]*) ([^ ]*):([0-9]*) ([-.0-9]*) ([-.0-9]*) ([-0-9]*) ([-0-9]*) ([-0-9]*) ([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*) ([^ ]*) ?([^ ]*)?( .*)?`,
    samples: [
      {
        line: 'tls 2.0 2018-12-20T02:59:40 net/my-network-loadbalancer/c6e77e28c25b2234 g3d4b5e8bb8464cd 72.21.218.154:51341 172.100.100.185:443 5 2 98 246 - arn:aws:acm:us-east-2:671290407336:certificate/2a108f19-aded-46b0-8493-c63eb1ef4a99 - ECDHE-RSA-AES128-SHA tlsv12 - my-network-loadbalancer-c6e77e28c25b2234.elb.us-east-2.amazonaws.com - - - 2018-12-20T02:59:30',
        values: { client_ip: '72.21.218.154', received_bytes: '98', sent_bytes: '246', tls_cipher_suite: 'ECDHE-RSA-AES128-SHA', tls_protocol_version: 'tlsv12', tls_connection_creation_time: '2018-12-20T02:59:30' }
      },
      {
        // The format before tls_connection_creation_time: that column stays empty.
        line: 'tls 2.0 2018-12-20T02:59:40 net/my-network-loadbalancer/c6e77e28c25b2234 g3d4b5e8bb8464cd 72.21.218.154:51341 172.100.100.185:443 5 2 98 246 - arn:aws:acm:us-east-2:671290407336:certificate/2a108f19-aded-46b0-8493-c63eb1ef4a99 - ECDHE-RSA-AES128-SHA tlsv12 - my-network-loadbalancer-c6e77e28c25b2234.elb.us-east-2.amazonaws.com - - -',
        values: { target_ip: '172.100.100.185', target_port: '443', alpn_client_preference_list: '-' }
      }
    ]
  },
  classic: {
    ddlColumns: `timestamp string, elb_name string, request_ip string, request_port int, backend_ip string, backend_port int,
      request_processing_time double, backend_processing_time double, client_response_time double,
      elb_response_code string, backend_response_code string, received_bytes bigint, sent_bytes bigint,
      request_verb string, url string, protocol string, user_agent string, ssl_cipher string, ssl_protocol string`,
    ddlRegex: String.raw`([^ ]*) ([^ ]*) ([^ ]*):([0-9]*) ([^ ]*)[:-]([0-9]*) ([-.0-9]*) ([-.0-9]*) ([-.0-9]*) (|[-0-9]*) (-|[-0-9]*) ([-0-9]*) ([-0-9]*) \\\"([^ ]*) ([^ ]*) (- |[^ ]*)\\\" (\"[^\"]*\") ([A-Z0-9-]+) ([A-Za-z0-9.-]*)$`,
    samples: [
      {
        line: '2015-05-13T23:39:43.945958Z my-loadbalancer 192.168.131.39:2817 10.0.0.1:80 0.000073 0.001048 0.000057 200 200 0 29 "GET http://www.example.com:80/ HTTP/1.1" "curl/7.38.0" - -',
        values: { request_ip: '192.168.131.39', backend_ip: '10.0.0.1', received_bytes: '0', sent_bytes: '29', url: 'http://www.example.com:80/', ssl_cipher: '-' }
      },
      {
        line: '2015-05-13T23:39:43.945958Z my-loadbalancer 192.168.131.39:2817 10.0.0.1:80 0.000086 0.001048 0.001337 200 200 0 57 "GET https://www.example.com:443/ HTTP/1.1" "curl/7.38.0" DHE-RSA-AES128-SHA TLSv1.2',
        values: { ssl_cipher: 'DHE-RSA-AES128-SHA', ssl_protocol: 'TLSv1.2', user_agent: '"curl/7.38.0"' }
      },
      {
        // A TCP listener: no HTTP request, no status codes.
        line: '2015-05-13T23:39:43.945958Z my-loadbalancer 192.168.131.39:2817 10.0.0.1:80 0.001069 0.000028 0.000041 - - 82 305 "- - - " "-" - -',
        values: { elb_response_code: '-', received_bytes: '82', request_verb: '-' }
      }
    ]
  }
}

/** The regex the SerDe receives from AWS's DDL: SQL string escapes undone (`\"` is `"`, `\\` is `\`, others kept). */
export function fromSqlLiteral(text: string): string {
  return text.replace(/\\(.)/g, (whole, char: string) => (char === '"' || char === "'" || char === '\\' ? char : whole))
}

export function columnsOf(ddl: string): { name: string; type: string }[] {
  return ddl
    .trim()
    .split(/\s*,\s*/)
    .map((pair) => {
      const [name, type] = pair.trim().split(/\s+/)
      return { name, type }
    })
}
