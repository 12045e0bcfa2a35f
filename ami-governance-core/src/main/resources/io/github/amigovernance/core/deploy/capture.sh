
# ---- Capture -------------------------------------------------------------------------------------

OUT="${1:-deployed}"
mkdir -p -- "$OUT"
trap 'rm -f -- "$OUT"/*.partial' EXIT

# Writes the JSON output of the AWS CLI call in the remaining arguments to file $1 in the capture folder.
capture() {
    local file="$OUT/$1"
    shift
    aws "$@" --output json > "$file.partial"
    mv -f -- "$file.partial" "$file"
    say "Wrote $file"
}

# Captures the policy of type $1 named $2: the list of policies of its type, then, when one has
# that name, its description and content and its targets.
capture_policy() {
    local type="$1" name="$2" id
    capture "list-policies-$type.json" organizations list-policies --filter "$type"
    id="$(find_policy "$type" "$name")"
    if [[ -z "$id" ]]; then
        say "No $type policy is named '$name'; drift will report it missing."
        return 0
    fi
    capture "describe-policy-$id.json" organizations describe-policy --policy-id "$id"
    capture "list-targets-for-policy-$id.json" organizations list-targets-for-policy --policy-id "$id"
}

capture_policy DECLARATIVE_POLICY_EC2 "$DECLARATIVE_NAME"
capture_policy SERVICE_CONTROL_POLICY "$SCP_NAME"
say "Captured the deployed policies in $OUT; compare them with the config with the drift command."
