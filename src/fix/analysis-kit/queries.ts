// The saved Athena queries that answer the guide's questions in an incident ("use a tool to analyze access
// logs: top requesters, average request size, most-used TLS ciphers"), after the AWS samples for Log
// Analysis with Amazon Athena. Each reads only the last RECENT_DAYS day partitions: a query over every day
// of a busy load balancer's logs scans (and bills) all of them.
import type { LogFormat } from './log-formats.js'

export const RECENT_DAYS = 7

export interface NamedQuery {
  /** Suffix of the resource label and of the query name. */
  id: string
  title: string
  sql: string
}

/** The columns each log format names the client, the sizes and TLS with. */
const FIELDS = {
  alb: { client: 'client_ip', cipher: 'ssl_cipher', protocol: 'ssl_protocol' },
  nlb: { client: 'client_ip', cipher: 'tls_cipher_suite', protocol: 'tls_protocol_version' },
  clb: { client: 'request_ip', cipher: 'ssl_cipher', protocol: 'ssl_protocol' }
} as const

export function namedQueries(format: LogFormat, database: string, table: string): NamedQuery[] {
  const from = `FROM "${database}"."${table}"`
  const recent = `day >= date_format(current_date - INTERVAL '${RECENT_DAYS}' DAY, '%Y/%m/%d')`
  const { client, cipher, protocol } = FIELDS[format.short]
  const unit = format.kind === 'network' ? 'connections' : 'requests'
  const queries: NamedQuery[] = [
    {
      id: 'top_requesters',
      title: `Top requesters (client IPs by ${unit})`,
      sql: lines(`SELECT ${client}, COUNT(*) AS ${unit}`, from, `WHERE ${recent}`, `GROUP BY ${client}`, `ORDER BY ${unit} DESC`, 'LIMIT 25')
    },
    {
      id: 'average_size',
      title: `Average request and response size (bytes per ${unit === 'requests' ? 'request' : 'connection'})`,
      sql: lines(
        `SELECT ROUND(AVG(received_bytes), 1) AS avg_received_bytes,`,
        `  ROUND(AVG(sent_bytes), 1) AS avg_sent_bytes,`,
        `  COUNT(*) AS ${unit}`,
        from,
        `WHERE ${recent}`
      )
    },
    {
      id: 'tls_ciphers',
      title: 'Most-used TLS protocols and ciphers',
      sql: lines(`SELECT ${protocol}, ${cipher}, COUNT(*) AS ${unit}`, from, `WHERE ${recent}`, `  AND ${cipher} <> '-'`, `GROUP BY ${protocol}, ${cipher}`, `ORDER BY ${unit} DESC`)
    }
  ]
  if (format.short === 'alb') {
    queries.push({
      id: 'errors_by_target',
      title: '4xx and 5xx responses by target',
      sql: lines(
        'SELECT target_ip, target_port, elb_status_code, target_status_code, COUNT(*) AS requests',
        from,
        `WHERE ${recent}`,
        "  AND (elb_status_code >= 400 OR target_status_code LIKE '4%' OR target_status_code LIKE '5%')",
        'GROUP BY target_ip, target_port, elb_status_code, target_status_code',
        'ORDER BY requests DESC',
        'LIMIT 100'
      )
    })
  }
  if (format.short === 'clb') {
    queries.push({
      id: 'errors_by_backend',
      title: '4xx and 5xx responses by back end',
      sql: lines(
        'SELECT backend_ip, backend_port, elb_response_code, backend_response_code, COUNT(*) AS requests',
        from,
        `WHERE ${recent}`,
        "  AND (elb_response_code LIKE '4%' OR elb_response_code LIKE '5%' OR backend_response_code LIKE '4%' OR backend_response_code LIKE '5%')",
        'GROUP BY backend_ip, backend_port, elb_response_code, backend_response_code',
        'ORDER BY requests DESC',
        'LIMIT 100'
      )
    })
  }
  return queries
}

const lines = (...parts: string[]): string => parts.join('\n')
