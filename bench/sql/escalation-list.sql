-- The coordinators' escalation list with hundreds of rows: 600 escalations among 20,600 referrals and cases, spread
-- over 64 districts and 13 categories, then the list's page and count queries as Hibernate sends them, under EXPLAIN
-- ANALYZE. Run on a copy of a referral database migrated to V5 (docs/referral.md#escalations):
--   createdb -h 127.0.0.1 -U postgres -T setu_referral_test escbench
--   psql -h 127.0.0.1 -U postgres -d escbench -f bench/sql/escalation-list.sql
INSERT INTO case_facts (case_id, case_ref, agency_id, urgency, age_band, sex, current_division, current_district,
                        home_district, languages, consent_services, share_level, erased, updated_at)
SELECT gen_random_uuid(), 'BD-BNCH-' || lpad(g::text, 5, '0'), '5e7c1f3a-2b4d-4c6e-8f10-a1b2c3d4e501', 'HIGH', 'ADULT',
       'FEMALE', '6', ((g % 64) + 1)::text, '20', '{bn}', '{}', 'NONE', false, now()
  FROM generate_series(1, 20600) g;

INSERT INTO referral (id, case_id, case_ref, referring_agency_id, category, urgency, status, attempt, version,
                      explanation, history, created_at, updated_at, escalated_at)
SELECT gen_random_uuid(), c.case_id, c.case_ref, c.agency_id,
       (ARRAY['SHELTER','MEDICAL','PSYCHOSOCIAL','LEGAL_AID','CHILD_PROTECTION','FAMILY_TRACING','REPATRIATION',
              'REINTEGRATION','DOCUMENTATION','INTERPRETATION','FINANCIAL_ASSISTANCE','EDUCATION','LAW_ENFORCEMENT'])[1 + (n % 13)],
       'HIGH', CASE WHEN n <= 600 THEN 'ESCALATED' ELSE 'COMPLETED' END, 2, 3, '["No service left."]'::jsonb,
       '[{"status":"ESCALATED","at":"2026-12-01T00:00:00Z","actor":"setu-referral-service","reason":"NO_CANDIDATE","attempt":1}]'::jsonb,
       now() - (n || ' hours')::interval, now() - (n || ' minutes')::interval,
       CASE WHEN n <= 600 THEN now() - ((n * 37) % 20000 || ' minutes')::interval END
  FROM (SELECT case_id, case_ref, agency_id, row_number() OVER () n FROM case_facts WHERE case_ref LIKE 'BD-BNCH-%') c;
ANALYZE;

-- the third page, no filter; then district, category and "waiting longer than a day" together
EXPLAIN ANALYZE SELECT r.*, coalesce(c.current_district, c.home_district) FROM referral r
  LEFT JOIN case_facts c ON c.case_id = r.case_id WHERE r.status = 'ESCALATED'
  ORDER BY r.escalated_at, r.id OFFSET 40 ROWS FETCH FIRST 20 ROWS ONLY;
EXPLAIN ANALYZE SELECT count(r.id) FROM referral r LEFT JOIN case_facts c ON c.case_id = r.case_id
  WHERE r.status = 'ESCALATED' AND coalesce(c.current_district, c.home_district) = '47';
EXPLAIN ANALYZE SELECT r.*, coalesce(c.current_district, c.home_district) FROM referral r
  LEFT JOIN case_facts c ON c.case_id = r.case_id WHERE r.status = 'ESCALATED'
  AND coalesce(c.current_district, c.home_district) = '47' AND r.category = 'SHELTER'
  AND r.escalated_at <= now() - interval '1 day' ORDER BY r.escalated_at, r.id OFFSET 0 ROWS FETCH FIRST 20 ROWS ONLY;
