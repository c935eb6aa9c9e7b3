#!/bin/sh
# Tells a person that the intake needs them: something held apart during a flood
# has waited too long (exit 9), something is overdue (3), or a run failed. Sends
# the run's "intake: ..." lines (references and counts, never a child's details)
# to ALERT_TO with the machine's sendmail, or, when ALERT_COMMAND is set, pipes
# the same message to that command instead (a pager or chat hook of your own).
#
#   alert.sh UNIT             from systemd: OnFailure=yvs-alert@%n.service
#   alert.sh NAME LOGFILE     from cron: the job's stderr went to LOGFILE
set -u
what=${1:?usage: alert.sh UNIT | alert.sh NAME LOGFILE}
if [ $# -ge 2 ]; then
  lines=$(tail -n 40 "$2" | grep '^intake: ' | tail -n 12)
else
  lines=$(journalctl --unit "$what" --lines 40 --output cat --no-pager | grep '^intake: ' | tail -n 12)
fi
message() {
  printf 'To: %s\nSubject: Young Victims Service portal: %s needs a person\n\n' "${ALERT_TO:-}" "$what"
  printf 'The scheduled intake on %s stopped with a problem or a warning:\n\n%s\n\n' "$(hostname)" "$lines"
  printf 'What each line means and what to do: supabase/intake/README.md (exit codes, held).\n'
}
if [ -n "${ALERT_COMMAND:-}" ]; then
  message | sh -c "$ALERT_COMMAND"
elif [ -n "${ALERT_TO:-}" ]; then
  message | sendmail -t
else
  echo "alert.sh: set ALERT_TO or ALERT_COMMAND in the environment file" >&2
  exit 1
fi
