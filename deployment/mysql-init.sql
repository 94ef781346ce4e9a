-- Creates the database and the application's account for Công đoàn Intranet.
-- Works on MySQL 8.x and MariaDB 10.11. Run once as an administrator:
--     mysql -u root -p < deployment/mysql-init.sql
-- Replace 'change-me' with a long random password first, and keep the edited copy out of version control.
-- (compose.yaml does not use this file: the MySQL image creates database and user itself; see README.md.)

-- utf8mb4: Vietnamese needs full Unicode (the 3-byte "utf8" of old MySQL is not enough for every character).
-- utf8mb4_unicode_ci compares without case and tone marks ('Hà' = 'ha', though 'Đ' <> 'D'); the application
-- does its own diacritic-insensitive search on a folded column and does not depend on the collation for it.
CREATE DATABASE IF NOT EXISTS congdoan CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

-- '%' lets the application connect from another host or container; narrow it (e.g. 'congdoan'@'10.0.0.%'
-- or 'congdoan'@'localhost') when you know where the application runs.
CREATE USER IF NOT EXISTS 'congdoan'@'%' IDENTIFIED BY 'change-me';

-- Least privileges for the application, which also runs the Flyway migrations at start-up:
-- CREATE/ALTER/INDEX/REFERENCES/DROP for schema changes, the four DML rights for the data.
-- No global privileges, nothing outside congdoan.*.
GRANT CREATE, ALTER, INDEX, REFERENCES, DROP, SELECT, INSERT, UPDATE, DELETE ON congdoan.* TO 'congdoan'@'%';
