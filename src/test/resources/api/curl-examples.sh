#!/usr/bin/env bash
# The API examples of the README, as a script that CurlExamplesTests runs against a live server,
# so the documented commands are known to work. Needs only bash and curl.
#
#   RAPPORT_URL=http://localhost:8080 RAPPORT_EMAIL=you@example.com RAPPORT_PASSWORD=... ./curl-examples.sh
set -euo pipefail

RAPPORT_URL="${RAPPORT_URL:-http://localhost:8080}"
: "${RAPPORT_EMAIL:?set RAPPORT_EMAIL}"
: "${RAPPORT_PASSWORD:?set RAPPORT_PASSWORD}"

# The value of a top-level "field" in a JSON response (a string or a number), without jq.
field() {
  sed -n "s/.*\"$1\":\"\{0,1\}\([^\",}]*\).*/\1/p"
}

# 1. Create a token with your email and password (HTTP Basic). It is shown only this once.
TOKEN_JSON=$(curl -sS --fail-with-body -u "$RAPPORT_EMAIL:$RAPPORT_PASSWORD" \
  -H 'Content-Type: application/json' -d '{"name": "curl examples"}' \
  "$RAPPORT_URL/api/v1/tokens")
TOKEN=$(echo "$TOKEN_JSON" | field token)
echo "token created: $(echo "$TOKEN_JSON" | field name)"

# 2. Create a contact.
CONTACT=$(curl -sS --fail-with-body -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/json' \
  -d '{"firstName": "Ana", "lastName": "Lima", "company": "Acme", "tags": ["climbing"]}' \
  "$RAPPORT_URL/api/v1/contacts")
CONTACT_ID=$(echo "$CONTACT" | field id)
echo "contact: $CONTACT"

# 3. Log an interaction with that contact.
INTERACTION=$(curl -sS --fail-with-body -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/json' \
  -d "{\"date\": \"2026-11-17\", \"kind\": \"COFFEE\", \"direction\": \"MUTUAL\", \"participantIds\": [$CONTACT_ID], \"summary\": \"Talked about the climbing trip\"}" \
  "$RAPPORT_URL/api/v1/interactions")
INTERACTION_ID=$(echo "$INTERACTION" | field id)
echo "interaction: $INTERACTION"

# 4. List: contacts tagged "climbing", and the interactions with the contact.
echo "contacts: $(curl -sS --fail-with-body -H "Authorization: Bearer $TOKEN" \
  "$RAPPORT_URL/api/v1/contacts?tag=climbing&sort=LAST_INTERACTION")"
echo "interactions: $(curl -sS --fail-with-body -H "Authorization: Bearer $TOKEN" \
  "$RAPPORT_URL/api/v1/interactions?contactId=$CONTACT_ID&from=2026-11-01")"

# 5. Add a follow-up to the interaction, then complete it.
FOLLOW_UP=$(curl -sS --fail-with-body -H "Authorization: Bearer $TOKEN" \
  -H 'Content-Type: application/json' \
  -d "{\"contactId\": $CONTACT_ID, \"interactionId\": $INTERACTION_ID, \"title\": \"Send the route topo\", \"dueOn\": \"2026-11-25\", \"side\": \"I_OWE\"}" \
  "$RAPPORT_URL/api/v1/follow-ups")
FOLLOW_UP_ID=$(echo "$FOLLOW_UP" | field id)
echo "completed: $(curl -sS --fail-with-body -X POST -H "Authorization: Bearer $TOKEN" \
  "$RAPPORT_URL/api/v1/follow-ups/$FOLLOW_UP_ID/complete")"

# 6. Ana's score: depth and bond (0-100, one decimal), tier and why; null scores mean no history yet.
echo "score: $(curl -sS --fail-with-body -H "Authorization: Bearer $TOKEN" \
  "$RAPPORT_URL/api/v1/contacts/$CONTACT_ID/score")"

# 7. Preview a LinkedIn import (dryRun=true writes nothing); without dryRun it imports and answers 201.
CONNECTIONS=$(mktemp)
trap 'rm -f "$CONNECTIONS"' EXIT
printf '%s\n' 'First Name,Last Name,URL,Email Address,Company,Position,Connected On' \
  'Grace,Hopper,https://www.linkedin.com/in/grace-hopper,,Navy,Rear Admiral,02 Mar 2024' >"$CONNECTIONS"
echo "import preview: $(curl -sS --fail-with-body -H "Authorization: Bearer $TOKEN" \
  -F "file=@$CONNECTIONS;filename=Connections.csv;type=text/csv" \
  "$RAPPORT_URL/api/v1/imports/linkedin?dryRun=true")"
