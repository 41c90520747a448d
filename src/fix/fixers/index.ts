// Every rule's fixer, in rule order. A rule without a fixer here is reported as not fixable.
import type { Fixer } from '../types.js'
import { accessLogsEnabledFix } from './elbir001-access-logs-enabled.js'
import { accessLogsDeliverableFix } from './elbir002-access-logs-deliverable.js'
import { accessLogsCentralizedFix } from './elbir003-access-logs-centralized.js'
import { accessLogsProtectedFix } from './elbir004-access-logs-protected.js'
import { accessLogsAnalyzedFix } from './elbir005-access-logs-analyzed.js'
import { healthEventsMonitoredFix } from './elbir006-health-events-monitored.js'
import { awsEngagementReadyFix } from './elbir007-aws-engagement-ready.js'
import { nlbLogsNeedTlsListenerFix } from './elbir008-nlb-logs-need-tls-listener.js'
import { connectionLogsForMtlsFix } from './elbir009-connection-logs-for-mtls.js'

export const FIXERS: readonly Fixer[] = [
  accessLogsEnabledFix,
  accessLogsDeliverableFix,
  accessLogsCentralizedFix,
  accessLogsProtectedFix,
  accessLogsAnalyzedFix,
  healthEventsMonitoredFix,
  awsEngagementReadyFix,
  nlbLogsNeedTlsListenerFix,
  connectionLogsForMtlsFix
]
