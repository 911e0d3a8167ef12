-- The application's database beside "test", which the integration tests use.
create database baocao;
