/*
 * Copyright 2026 The LaOS Authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License"); you may not
 * use this file except in compliance with the License. You may obtain a copy of
 * the License at http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS, WITHOUT
 * WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 */
package io.laos.api;

import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.configuration.EnvironmentVariableSubstitutor;
import io.dropwizard.configuration.SubstitutingSourceProvider;
import io.dropwizard.core.Application;
import io.dropwizard.core.server.AbstractServerFactory;
import io.dropwizard.core.setup.Bootstrap;
import io.dropwizard.core.setup.Environment;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.db.ManagedDataSource;
import io.dropwizard.jdbi3.JdbiFactory;
import io.dropwizard.migrations.MigrationsBundle;
import io.laos.api.auth.LaosPrincipal;
import io.laos.api.errors.CatchAllExceptionMapper;
import io.laos.api.errors.JsonErrorHandler;
import io.laos.api.errors.JsonProcessingExceptionMapper;
import io.laos.api.errors.LaosExceptionMapper;
import io.laos.api.errors.WebApplicationExceptionMapper;
import io.laos.api.health.EngineHealthCheck;
import io.laos.api.http.BodyLimitFilter;
import io.laos.api.http.QuietRequestLog;
import io.laos.api.http.RequestIdFilter;
import io.laos.api.http.UnreadBodyFilter;
import io.laos.api.policy.PolicyLoader;
import io.laos.api.policy.PolicyEnforcer;
import io.laos.api.resources.VersionResource;
import io.laos.api.resources.v1.AppResource;
import io.laos.api.resources.v1.ProjectIdFilter;
import io.laos.api.resources.v1.RouteResource;
import io.laos.api.run.RunWiring;
import io.laos.api.cli.AppsCommand;
import io.laos.api.cli.CallsCommand;
import io.laos.api.cli.CheckCommand;
import io.laos.api.cli.PolicyCheckCommand;
import io.laos.api.cli.PurgeProjectCommand;
import io.laos.api.cli.ReconcileCommand;
import io.laos.api.health.KeystoneHealthCheck;
import io.laos.api.metrics.MeteredDriver;
import io.laos.api.metrics.PrometheusExport;
import io.laos.api.metrics.RequestMetricsListener;
import io.laos.api.openapi.OpenApiResource;
import io.dropwizard.core.cli.ServerCommand;
import io.laos.api.service.AppService;
import io.laos.api.service.RouteService;
import io.laos.common.driver.FunctionsDriver;
import io.laos.db.SchemaMigrator;
import io.laos.db.dao.AppDao;
import io.laos.db.dao.RouteDao;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** LaOS: the API process. {@code java -jar laos-api.jar server etc/laos/laos.yml}. */
public class LaosApplication extends Application<LaosConfiguration> {

    public static void main(String[] args) throws Exception {
        new LaosApplication().run(args);
    }

    @Override
    public String getName() {
        return "laos";
    }

    @Override
    public void initialize(Bootstrap<LaosConfiguration> bootstrap) {
        bootstrap.setConfigurationSourceProvider(new SubstitutingSourceProvider(
                bootstrap.getConfigurationSourceProvider(),
                new EnvironmentVariableSubstitutor(false)));
        bootstrap.addBundle(new MigrationsBundle<LaosConfiguration>() {
            @Override
            public DataSourceFactory getDataSourceFactory(LaosConfiguration configuration) {
                return configuration.getDatabase();
            }

            @Override
            public String getMigrationsFileName() {
                return SchemaMigrator.CHANGELOG;
            }
        });
        bootstrap.addCommand(new AppsCommand());
        bootstrap.addCommand(new ReconcileCommand());
        bootstrap.addCommand(new PurgeProjectCommand());
        bootstrap.addCommand(new CallsCommand());
        bootstrap.addCommand(new PolicyCheckCommand());
    }

    /** The server, and LaOS's status check in place of Dropwizard's config-only one (same name). */
    @Override
    protected void addDefaultCommands(Bootstrap<LaosConfiguration> bootstrap) {
        bootstrap.addCommand(new ServerCommand<>(this));
        bootstrap.addCommand(new CheckCommand());
    }

    @Override
    public void run(LaosConfiguration config, Environment env) {
        refuseOpenNoAuth(config);
        // LaOS maps every exception itself, into its one JSON error shape.
        ((AbstractServerFactory) config.getServerFactory()).setRegisterDefaultExceptionMappers(false);

        ManagedDataSource dataSource = config.getDatabase().build(env.metrics(), "db");
        if (config.isMigrateOnStart()) {
            SchemaMigrator.migrate(dataSource);
        }
        Jdbi jdbi = new JdbiFactory().build(env, config.getDatabase(), dataSource, "db");
        AppDao appDao = jdbi.onDemand(AppDao.class);
        RouteDao routeDao = jdbi.onDemand(RouteDao.class);

        FunctionsDriver driver = new MeteredDriver(config.getDriver().build(env), env.metrics());
        env.lifecycle().manage(new io.dropwizard.lifecycle.AutoCloseableManager(driver));
        env.healthChecks().register("engine", new EngineHealthCheck(driver));

        PolicyEnforcer policy = PolicyLoader.load(config.getPolicyFile());
        Clock clock = Clock.systemUTC();
        RouteService routeService = new RouteService(appDao, routeDao, driver, policy, clock);
        AppService appService = new AppService(appDao, routeDao, routeService, driver, policy,
                clock);

        env.servlets().addFilter("request-id", new RequestIdFilter())
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), false, "/*");
        long maxUnreadBytes = 2 * config.getMaxRequestBodySize().toBytes();
        env.servlets().addFilter("unread-body", new UnreadBodyFilter(maxUnreadBytes))
                .addMappingForUrlPatterns(EnumSet.of(DispatcherType.REQUEST), true, "/*");
        env.jersey().register(new BodyLimitFilter(config.getMaxRequestBodySize().toBytes()));
        env.jersey().register(new AuthDynamicFeature(config.getAuth().buildAuthFilter(env)));
        env.jersey().register(new AuthValueFactoryProvider.Binder<>(LaosPrincipal.class));
        env.jersey().register(new LaosExceptionMapper());
        env.jersey().register(new WebApplicationExceptionMapper());
        env.jersey().register(new JsonProcessingExceptionMapper());
        env.jersey().register(new CatchAllExceptionMapper());
        JsonErrorHandler.install(env);
        QuietRequestLog.install(env);

        env.jersey().register(new VersionResource());
        env.jersey().register(new AppResource(appService));
        env.jersey().register(new RouteResource(routeService));
        env.jersey().register(new ProjectIdFilter());
        RunWiring.install(config.getRuns(), env, jdbi, driver, policy, clock,
                maxUnreadBytes);
        RunWiring.passAnswersUncompressed(config.getServerFactory());

        env.jersey().register(new RequestMetricsListener(env.metrics()));
        env.admin().addServlet("prometheus", PrometheusExport.servlet(env.metrics()))
                .addMapping(PrometheusExport.PATH);
        env.jersey().register(new OpenApiResource(env.jersey().getResourceConfig()));
        KeystoneHealthCheck.register(env, config.getAuth());
    }

    /** noauth trusts every request: it may only face the loopback interface (unless allowed). */
    private static void refuseOpenNoAuth(LaosConfiguration config) {
        if (!config.getAuth().developmentOnly()) {
            return;
        }
        List<String> open = BindAddresses.nonLoopback(config.getServerFactory());
        if (!open.isEmpty()) {
            throw new IllegalStateException("auth.type noauth trusts every request and must"
                    + " only listen on loopback, but the server binds to " + open + "; bind to"
                    + " 127.0.0.1, or set auth.allowNonLoopback: true if you really mean it");
        }
    }
}
