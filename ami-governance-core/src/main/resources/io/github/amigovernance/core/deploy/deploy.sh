
# ---- Deployment ----------------------------------------------------------------------------------

DRY_RUN="${AMI_GOVERNANCE_DRY_RUN:-0}"
POLL_SECONDS="${AMI_GOVERNANCE_POLL_SECONDS:-5}"
case "$DRY_RUN" in
    0 | 1) ;;
    *) fail "AMI_GOVERNANCE_DRY_RUN is '$DRY_RUN'; expected 1 for a dry run, or 0 (the default)" ;;
esac

# Shows a call that would change the organization, in a dry run.
would() {
    printf 'dry run, would run: %s\n' "$*"
}

# Prints the status of policy type $1 on the root: ENABLED, PENDING_ENABLE, PENDING_DISABLE or None.
policy_type_status() {
    aws organizations list-roots --query "Roots[0].PolicyTypes[?Type=='$1'].Status | [0]" --output text
}

# Enables policy type $1 on the root unless it is enabled already, and waits until it is.
enable_policy_type() {
    local type="$1" status output attempt
    status="$(policy_type_status "$type")"
    if [[ "$status" == ENABLED ]]; then
        say "Policy type $type is enabled on $ROOT_ID."
        return 0
    fi
    if [[ "$DRY_RUN" == 1 ]]; then
        would "aws organizations enable-policy-type --root-id $ROOT_ID --policy-type $type"
        return 0
    fi
    if [[ "$status" != PENDING_ENABLE ]]; then
        if ! output="$(aws organizations enable-policy-type --root-id "$ROOT_ID" --policy-type "$type" 2>&1 >/dev/null)"; then
            if [[ "$output" != *PolicyTypeAlreadyEnabledException* ]]; then
                printf '%s\n' "$output" >&2
                fail "could not enable policy type $type on $ROOT_ID"
            fi
        fi
    fi
    for attempt in 1 2 3 4 5 6 7 8 9 10 11 12; do
        status="$(policy_type_status "$type")"
        if [[ "$status" == ENABLED ]]; then
            say "Enabled policy type $type on $ROOT_ID."
            return 0
        fi
        say "Policy type $type is $status on $ROOT_ID; checking again in $POLL_SECONDS seconds ($attempt of 12)."
        sleep "$POLL_SECONDS"
    done
    fail "policy type $type is still $status on $ROOT_ID; run this script again in a few minutes"
}

# Returns whether policy $1 has description $2 and content $3 already, as describe-policy shows them.
policy_is_current() {
    local stored
    # The AWS CLI ends its text output with a line break; the x keeps the value's own line breaks,
    # which $(...) would drop, and is only printed when the call succeeded.
    stored="$(aws organizations describe-policy --policy-id "$1" --query 'Policy.PolicySummary.Description' \
        --output text && printf x)" || fail "could not read policy $1"
    [[ "${stored%$'\n'x}" == "$2" ]] || return 1
    stored="$(aws organizations describe-policy --policy-id "$1" --query 'Policy.Content' --output text \
        && printf x)" || fail "could not read policy $1"
    [[ "${stored%$'\n'x}" == "$3" ]]
}

# Creates the policy of type $1 named $2, or updates it when one of that name exists and differs,
# with description $3 and content $4. Sets POLICY_ID, which stays empty for a policy a dry run
# would create.
put_policy() {
    local type="$1" name="$2" description="$3" content="$4"
    POLICY_ID="$(find_policy "$type" "$name")"
    if [[ -z "$POLICY_ID" ]]; then
        if [[ "$DRY_RUN" == 1 ]]; then
            would "aws organizations create-policy --type $type --name='$name' --description=... --content <${#content} characters>"
            return 0
        fi
        POLICY_ID="$(aws organizations create-policy --type "$type" --name="$name" --description="$description" \
            --content "$content" --query 'Policy.PolicySummary.Id' --output text)"
        say "Created $type policy '$name' ($POLICY_ID)."
    else
        if policy_is_current "$POLICY_ID" "$description" "$content"; then
            say "$type policy '$name' ($POLICY_ID) has the rendered content already."
            return 0
        fi
        if [[ "$DRY_RUN" == 1 ]]; then
            would "aws organizations update-policy --policy-id $POLICY_ID --name='$name' --description=... --content <${#content} characters>"
            return 0
        fi
        aws organizations update-policy --policy-id "$POLICY_ID" --name="$name" --description="$description" \
            --content "$content" --query 'Policy.PolicySummary.Id' --output text >/dev/null
        say "Updated $type policy '$name' ($POLICY_ID) to the rendered content."
    fi
}

# Returns whether $1 is one of the remaining arguments.
listed() {
    local wanted="$1" target
    shift
    for target in "$@"; do
        [[ "$target" == "$wanted" ]] && return 0
    done
    return 1
}

# Attaches policy $1 (named $2) to each remaining argument it is not attached to yet, and warns
# about attachments the config does not list, which it leaves alone.
attach_policy() {
    local policy_id="$1" name="$2" attached target output
    shift 2
    if [[ -z "$policy_id" ]]; then
        for target in "$@"; do
            would "aws organizations attach-policy --policy-id <the new policy '$name'> --target-id $target"
        done
        return 0
    fi
    attached=" $(aws organizations list-targets-for-policy --policy-id "$policy_id" --query 'Targets[].TargetId' \
        --output text | tr '\t\n' '  ') "
    for target in "$@"; do
        if [[ "$attached" == *" $target "* ]]; then
            say "'$name' is attached to $target."
            continue
        fi
        if [[ "$DRY_RUN" == 1 ]]; then
            would "aws organizations attach-policy --policy-id $policy_id --target-id $target"
            continue
        fi
        if ! output="$(aws organizations attach-policy --policy-id "$policy_id" --target-id "$target" 2>&1 >/dev/null)"; then
            if [[ "$output" != *DuplicatePolicyAttachmentException* ]]; then
                printf '%s\n' "$output" >&2
                fail "could not attach '$name' to $target"
            fi
        fi
        say "Attached '$name' to $target."
    done
    for target in $attached; do
        if ! listed "$target" "$@"; then
            say "warning: '$name' is also attached to $target, which the config does not list; this script never" \
                "detaches. To detach it: aws organizations detach-policy --policy-id $policy_id --target-id $target" >&2
        fi
    done
}

ROOT_ID="$(aws organizations list-roots --query 'Roots[0].Id' --output text)"
[[ "$ROOT_ID" =~ ^r-[0-9a-z]{4,32}$ ]] \
    || fail "aws organizations list-roots printed '$ROOT_ID', not a root ID; run this script with credentials for the management account"
if [[ "$DRY_RUN" == 1 ]]; then
    say "Dry run: only reading the organization; the calls that would change it are shown, not made."
fi

enable_policy_type DECLARATIVE_POLICY_EC2
enable_policy_type SERVICE_CONTROL_POLICY

put_policy DECLARATIVE_POLICY_EC2 "$DECLARATIVE_NAME" "$DECLARATIVE_DESCRIPTION" "$DECLARATIVE_CONTENT"
DECLARATIVE_ID="$POLICY_ID"
put_policy SERVICE_CONTROL_POLICY "$SCP_NAME" "$SCP_DESCRIPTION" "$SCP_CONTENT"
SCP_ID="$POLICY_ID"

attach_policy "$DECLARATIVE_ID" "$DECLARATIVE_NAME" ${DECLARATIVE_TARGETS[@]+"${DECLARATIVE_TARGETS[@]}"}
attach_policy "$SCP_ID" "$SCP_NAME" ${SCP_TARGETS[@]+"${SCP_TARGETS[@]}"}

if [[ "$TARGET_COUNT" -eq 0 ]]; then
    say "The config lists no targets, so the policies are attached nowhere by this script."
fi
say "Done."
