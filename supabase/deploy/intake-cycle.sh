#!/bin/sh
# One scheduled intake run (yvs-intake.service, or cron): every kind of
# submission, each pulled even when one before it failed, so a referral pull that
# calls for an alert (exit 9: something held apart for too long) never holds up
# the feedback. Exits with the first non-zero code, which the unit's OnFailure (or
# cron's `||`) turns into an alert that reaches a person: supabase/deploy/README.md.
# Documents go to the inbox given; stderr has only "intake: ..." lines.
#
# The held queue is one for every kind, so only the first pull that gets as far
# as checking it (exit 0, or 9 for an alert) does: one "intake: HELD: ..." line a
# run, and the same exit code as when every pull checked.
set -u
inbox=${1:?usage: intake-cycle.sh INBOX}
status=0
check=
for kind in "" --feedback --adult-feedback --panel; do
  # shellcheck disable=SC2086 # an empty kind or check is no argument at all
  npm run -s intake -- pull $kind $check --out "$inbox"
  code=$?
  if [ "$status" -eq 0 ]; then status=$code; fi
  case $code in 0 | 9) check=--no-held-check ;; esac
done
exit "$status"
