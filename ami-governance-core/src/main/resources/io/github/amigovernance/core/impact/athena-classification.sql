-- AMI Governance: the RunInstances calls of an organization trail that enforcing the allowlist
-- would refuse, classified the way `ami-governance impact` classifies them: by account, region
-- and image owner, with what Allowed AMIs and the SCP would each do, and the call's outcome.
--
-- Tables:
--   cloudtrail_logs  the organization trail, as AWS's CloudTrail table for Athena defines it
--   ami_owners       image_id, owner_id, owner_alias, built from describe-images captures
-- The VALUES list holds the allowlist, one quoted value per provider: account IDs and the aliases
-- amazon, aws-marketplace and aws-backup-vault as EC2 spells them. `ami-governance impact
-- --athena-query` fills it in from a config.
WITH allowed (provider) AS (
    VALUES ${allowed_providers}
),
launches AS (
    SELECT
        recipientaccountid AS account_id,
        awsregion AS region,
        eventtime AS event_time,
        COALESCE(errorcode, 'succeeded') AS outcome,
        COALESCE(useridentity.sessioncontext.sessionissuer.arn, useridentity.arn, '(no userIdentity)') AS principal,
        COALESCE(useridentity.type = 'AWSService'
            OR useridentity.sessioncontext.sessionissuer.arn LIKE '%:role/aws-service-role/%', false) AS by_service,
        COALESCE(
            json_extract_scalar(responseelements, '$.instancesSet.items[0].imageId'),
            json_extract_scalar(requestparameters, '$.instancesSet.items[0].imageId')) AS image_id
    FROM cloudtrail_logs
    WHERE eventsource = 'ec2.amazonaws.com'
      AND eventname = 'RunInstances'
      -- AND eventtime >= '2026-09-01T00:00:00Z'  -- narrow the days scanned; Athena bills by data read
),
classified AS (
    SELECT
        l.*,
        o.owner_id,
        NULLIF(o.owner_alias, '') AS owner_alias,
        o.image_id IS NULL AS unresolved,
        COALESCE(o.owner_id IN (SELECT provider FROM allowed), false)
            OR COALESCE(NULLIF(o.owner_alias, '') IN (SELECT provider FROM allowed), false) AS provider_allowed
    FROM launches l
    LEFT JOIN ami_owners o ON o.image_id = l.image_id
)
SELECT
    account_id,
    region,
    CASE WHEN unresolved THEN 'unresolved'
         WHEN owner_alias IS NULL THEN owner_id
         ELSE owner_alias || ' (' || owner_id || ')' END AS image_owner,
    CASE WHEN unresolved THEN 'not evaluated'
         WHEN owner_id = account_id THEN 'exempt (own image)'
         ELSE 'blocked' END AS allowed_amis,
    CASE WHEN unresolved THEN 'not evaluated'
         WHEN by_service THEN 'exempt (AWS service)'
         ELSE 'denied' END AS scp,
    outcome,
    count(*) AS calls,
    min(event_time) AS first_seen,
    max(event_time) AS last_seen,
    slice(array_sort(array_agg(DISTINCT COALESCE(image_id, '(none)'))), 1, 10) AS image_ids,
    slice(array_sort(array_agg(DISTINCT principal)), 1, 10) AS principals
FROM classified
WHERE unresolved OR NOT provider_allowed
GROUP BY 1, 2, 3, 4, 5, 6
ORDER BY 1, 2, 3, 4, 5, 6;
