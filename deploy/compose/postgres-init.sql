-- One database and one role per service (docs/architecture.md), and Keycloak's.
-- Passwords are for this local stack only.
CREATE ROLE screening LOGIN PASSWORD 'screening';
CREATE ROLE referral LOGIN PASSWORD 'referral';
CREATE ROLE directory LOGIN PASSWORD 'directory';
CREATE ROLE notification LOGIN PASSWORD 'notification';
CREATE ROLE statistics LOGIN PASSWORD 'statistics';
CREATE ROLE keycloak LOGIN PASSWORD 'keycloak';
CREATE DATABASE setu_screening OWNER screening;
CREATE DATABASE setu_referral OWNER referral;
CREATE DATABASE setu_directory OWNER directory;
CREATE DATABASE setu_notification OWNER notification;
CREATE DATABASE setu_statistics OWNER statistics;
CREATE DATABASE keycloak OWNER keycloak;
