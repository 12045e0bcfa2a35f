#!/usr/bin/env bash
# A stand-in for the AWS CLI in tests. It records every call and answers the AWS Organizations calls
# the generated scripts make from a small model of an organization kept in files under
# $FAKE_AWS_STATE. It knows only the --query forms the scripts use and fails loudly on anything else,
# so that a change to a script's calls cannot go unnoticed.
#
# State: root (the root ID), types/<TYPE> (ENABLED or PENDING_ENABLE), policies/<ID>/{type,name,
# description,content,targets}, next-id. Test hooks: enable-pending (the next enable leaves the type
# PENDING_ENABLE for one status check), race-enable (enable-policy-type answers that the type is
# already enabled), fail-<call> (that call fails with the file's text as the error message).
set -euo pipefail
state="${FAKE_AWS_STATE:?FAKE_AWS_STATE is not set}"

# One record per call: the arguments separated by US (0x1f), the record ended by RS (0x1e).
{
    first=1
    for arg in "$@"; do
        if [[ $first == 1 ]]; then first=0; else printf '\037'; fi
        printf '%s' "$arg"
    done
    printf '\036'
} >> "$state/calls.log"

die() {
    printf '%s\n' "$*" >&2
    exit 252
}

aws_error() { # code, operation, message
    printf '\nAn error occurred (%s) when calling the %s operation: %s\n' "$1" "$2" "$3" >&2
    exit 254
}

[[ "${1:-}" == organizations ]] || die "fake aws: only organizations calls are modelled, got: $*"
call="${2:-}"
shift 2
query="" output="json" filter="" policy_id="" target_id="" root_id="" policy_type="" name="" description="" content=""
have_name=0 have_description=0 have_content=0
while [[ $# -gt 0 ]]; do
    option="$1"
    value=""
    if [[ "$option" == --*=* ]]; then
        value="${option#*=}"
        option="${option%%=*}"
        shift
    else
        [[ $# -ge 2 ]] || die "fake aws: option $option has no value"
        value="$2"
        shift 2
    fi
    case "$option" in
        --query) query="$value" ;;
        --output) output="$value" ;;
        --filter) filter="$value" ;;
        --policy-id) policy_id="$value" ;;
        --target-id) target_id="$value" ;;
        --root-id) root_id="$value" ;;
        --policy-type) policy_type="$value" ;;
        --type) policy_type="$value" ;;
        --name) name="$value"; have_name=1 ;;
        --description) description="$value"; have_description=1 ;;
        --content) content="$value"; have_content=1 ;;
        *) die "fake aws: unexpected option $option" ;;
    esac
done

if [[ -f "$state/fail-$call" ]]; then
    aws_error "$(cat "$state/fail-$call")" "$call" "injected failure"
fi

json_string() {
    local s="$1"
    s="${s//\\/\\\\}"
    s="${s//\"/\\\"}"
    s="${s//$'\n'/\\n}"
    s="${s//$'\t'/\\t}"
    s="${s//$'\r'/\\r}"
    printf '"%s"' "$s"
}

root="$(cat "$state/root")"
org="o-a1b2c3d4e5"
management="111111111111"

policy_summary() { # id, indent
    local id="$1" pad="$2" type
    type="$(cat "$state/policies/$id/type")"
    printf '%s{\n' "$pad"
    printf '%s    "Id": "%s",\n' "$pad" "$id"
    printf '%s    "Arn": "arn:aws:organizations::%s:policy/%s/%s/%s",\n' "$pad" "$management" "$org" \
        "$(printf '%s' "$type" | tr 'A-Z' 'a-z')" "$id"
    printf '%s    "Name": %s,\n' "$pad" "$(json_string "$(cat "$state/policies/$id/name")")"
    printf '%s    "Description": %s,\n' "$pad" "$(json_string "$(cat "$state/policies/$id/description")")"
    printf '%s    "Type": "%s",\n' "$pad" "$type"
    printf '%s    "AwsManaged": false\n' "$pad"
    printf '%s}' "$pad"
}

policies_of_type() {
    local dir
    for dir in "$state"/policies/*; do
        [[ -d "$dir" ]] || continue
        if [[ "$(cat "$dir/type")" == "$1" ]]; then
            basename "$dir"
        fi
    done
}

require_policy() {
    [[ -d "$state/policies/$policy_id" ]] || aws_error PolicyNotFoundException "$1" "We can't find a policy with the PolicyId that you specified."
}

case "$call" in
    list-roots)
        if [[ "$query" == "Roots[0].Id" && "$output" == text ]]; then
            printf '%s\n' "$root"
        elif [[ "$query" =~ ^Roots\[0\]\.PolicyTypes\[\?Type==\'([A-Z0-9_]+)\'\]\.Status\ \|\ \[0\]$ && "$output" == text ]]; then
            type="${BASH_REMATCH[1]}"
            if [[ -f "$state/types/$type" ]]; then
                status="$(cat "$state/types/$type")"
                printf '%s\n' "$status"
                if [[ "$status" == PENDING_ENABLE ]]; then
                    printf 'ENABLED' > "$state/types/$type"
                fi
            else
                printf 'None\n'
            fi
        else
            die "fake aws: unexpected list-roots query '$query' with output $output"
        fi
        ;;
    enable-policy-type)
        [[ "$root_id" == "$root" ]] || aws_error RootNotFoundException EnablePolicyType "no root $root_id"
        mkdir -p "$state/types"
        if [[ -f "$state/race-enable" || -f "$state/types/$policy_type" ]]; then
            printf 'ENABLED' > "$state/types/$policy_type"
            aws_error PolicyTypeAlreadyEnabledException EnablePolicyType "The specified policy type is already enabled."
        fi
        if [[ -f "$state/enable-pending" ]]; then
            printf 'PENDING_ENABLE' > "$state/types/$policy_type"
        else
            printf 'ENABLED' > "$state/types/$policy_type"
        fi
        printf '{\n    "Root": {\n        "Id": "%s"\n    }\n}\n' "$root"
        ;;
    list-policies)
        if [[ "$query" == "Policies[].[Id,Name]" && "$output" == text ]]; then
            for id in $(policies_of_type "$filter"); do
                printf '%s\t%s\n' "$id" "$(cat "$state/policies/$id/name")"
            done
        elif [[ -z "$query" && "$output" == json ]]; then
            printf '{\n    "Policies": ['
            separator=""
            for id in $(policies_of_type "$filter"); do
                printf '%s\n' "$separator"
                policy_summary "$id" "        "
                separator=","
            done
            if [[ -n "$separator" ]]; then printf '\n    ]\n}\n'; else printf ']\n}\n'; fi
        else
            die "fake aws: unexpected list-policies query '$query' with output $output"
        fi
        ;;
    create-policy)
        [[ $have_name == 1 && $have_description == 1 && $have_content == 1 && -n "$policy_type" ]] \
            || die "fake aws: create-policy needs --type, --name, --description and --content"
        [[ "$(cat "$state/types/$policy_type" 2>/dev/null || true)" == ENABLED ]] \
            || aws_error PolicyTypeNotEnabledException CreatePolicy "$policy_type is not enabled"
        number="$(cat "$state/next-id" 2>/dev/null || printf '1')"
        printf '%s' "$((number + 1))" > "$state/next-id"
        id="$(printf 'p-fake%04d' "$number")"
        mkdir -p "$state/policies/$id"
        printf '%s' "$policy_type" > "$state/policies/$id/type"
        printf '%s' "$name" > "$state/policies/$id/name"
        printf '%s' "$description" > "$state/policies/$id/description"
        printf '%s' "$content" > "$state/policies/$id/content"
        : > "$state/policies/$id/targets"
        [[ "$query" == "Policy.PolicySummary.Id" && "$output" == text ]] \
            || die "fake aws: unexpected create-policy query '$query' with output $output"
        printf '%s\n' "$id"
        ;;
    update-policy)
        require_policy UpdatePolicy
        if [[ $have_name == 1 ]]; then printf '%s' "$name" > "$state/policies/$policy_id/name"; fi
        if [[ $have_description == 1 ]]; then printf '%s' "$description" > "$state/policies/$policy_id/description"; fi
        if [[ $have_content == 1 ]]; then printf '%s' "$content" > "$state/policies/$policy_id/content"; fi
        [[ "$query" == "Policy.PolicySummary.Id" && "$output" == text ]] \
            || die "fake aws: unexpected update-policy query '$query' with output $output"
        printf '%s\n' "$policy_id"
        ;;
    describe-policy)
        require_policy DescribePolicy
        # Text output: the value and a line break, as the AWS CLI prints a string.
        if [[ "$query" == "Policy.Content" && "$output" == text ]]; then
            cat "$state/policies/$policy_id/content"
            printf '\n'
            exit 0
        elif [[ "$query" == "Policy.PolicySummary.Description" && "$output" == text ]]; then
            cat "$state/policies/$policy_id/description"
            printf '\n'
            exit 0
        fi
        [[ -z "$query" && "$output" == json ]] || die "fake aws: unexpected describe-policy query '$query'"
        printf '{\n    "Policy": {\n        "PolicySummary": '
        policy_summary "$policy_id" "        " | sed '1s/^ *//'
        # Read with a sentinel, since $(...) would drop the trailing line break of an indented policy.
        stored="$(cat "$state/policies/$policy_id/content"; printf x)"
        printf ',\n        "Content": %s\n    }\n}\n' "$(json_string "${stored%x}")"
        ;;
    list-targets-for-policy)
        require_policy ListTargetsForPolicy
        if [[ "$query" == "Targets[].TargetId" && "$output" == text ]]; then
            paste -s -d '\t' "$state/policies/$policy_id/targets"
        elif [[ -z "$query" && "$output" == json ]]; then
            printf '{\n    "Targets": ['
            separator=""
            while IFS= read -r target; do
                case "$target" in
                    r-*) kind=ROOT path=root target_name=Root ;;
                    ou-*) kind=ORGANIZATIONAL_UNIT path=ou target_name="OU $target" ;;
                    *) kind=ACCOUNT path=account target_name="Account $target" ;;
                esac
                printf '%s\n        {\n' "$separator"
                printf '            "TargetId": "%s",\n' "$target"
                printf '            "Arn": "arn:aws:organizations::%s:%s/%s/%s",\n' "$management" "$path" "$org" "$target"
                printf '            "Name": "%s",\n' "$target_name"
                printf '            "Type": "%s"\n        }' "$kind"
                separator=","
            done < "$state/policies/$policy_id/targets"
            if [[ -n "$separator" ]]; then printf '\n    ]\n}\n'; else printf ']\n}\n'; fi
        else
            die "fake aws: unexpected list-targets-for-policy query '$query' with output $output"
        fi
        ;;
    attach-policy)
        require_policy AttachPolicy
        if grep -qxF -- "$target_id" "$state/policies/$policy_id/targets"; then
            aws_error DuplicatePolicyAttachmentException AttachPolicy "The selected policy is already attached to the specified target."
        fi
        printf '%s\n' "$target_id" >> "$state/policies/$policy_id/targets"
        ;;
    *)
        die "fake aws: the call $call is not modelled"
        ;;
esac
