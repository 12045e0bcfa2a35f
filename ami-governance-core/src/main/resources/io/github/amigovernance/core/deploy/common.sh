
# ---- Shared by the deploy and capture scripts ----------------------------------------------------

export AWS_PAGER=""
# Bash clears set -e inside $(...); from bash 4.4 this keeps it. Functions called that way also
# return their failures explicitly, for older bash (macOS ships 3.2).
shopt -s inherit_errexit 2>/dev/null || true

say() {
    printf '%s\n' "$*"
}

fail() {
    printf 'error: %s\n' "$*" >&2
    exit 1
}

command -v aws >/dev/null 2>&1 || fail "the AWS CLI (aws) is not on PATH; install it or run this script where it is"

# Prints the ID of the policy of type $1 whose name is exactly $2, or nothing when there is none.
# Fails when the policies cannot be listed, so that a failed call is never taken for "no policy".
find_policy() {
    local type="$1" name="$2" listing id policy_name found=""
    listing="$(aws organizations list-policies --filter "$type" --query 'Policies[].[Id,Name]' --output text)" \
        || return 1
    while IFS=$'\t' read -r id policy_name; do
        if [[ -n "$id" && "$policy_name" == "$name" ]]; then
            [[ -z "$found" ]] || fail "two $type policies are named '$name' ($found and $id); rename or delete one"
            found="$id"
        fi
    done <<< "$listing"
    printf '%s' "$found"
}
