import { accessLogsEnabled } from './elbir001-access-logs-enabled.js'
import { accessLogsDeliverable } from './elbir002-access-logs-deliverable.js'
import { accessLogsCentralized } from './elbir003-access-logs-centralized.js'
import { accessLogsProtected } from './elbir004-access-logs-protected.js'
import { accessLogsAnalyzed } from './elbir005-access-logs-analyzed.js'
import { healthEventsMonitored } from './elbir006-health-events-monitored.js'
import { awsEngagementReady } from './elbir007-aws-engagement-ready.js'
import { nlbLogsNeedTlsListener } from './elbir008-nlb-logs-need-tls-listener.js'
import { connectionLogsForMtls } from './elbir009-connection-logs-for-mtls.js'
import type { Rule } from './types.js'

/** Every rule, in id order. */
export const RULES: readonly Rule[] = [
  accessLogsEnabled,
  accessLogsDeliverable,
  accessLogsCentralized,
  accessLogsProtected,
  accessLogsAnalyzed,
  healthEventsMonitored,
  awsEngagementReady,
  nlbLogsNeedTlsListener,
  connectionLogsForMtls
]
