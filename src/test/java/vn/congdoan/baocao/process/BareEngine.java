package vn.congdoan.baocao.process;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration;
import org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.jersey.JerseyAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.ServletWebServerFactoryAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

import vn.congdoan.baocao.process.engine.EngineTableMigrations;
import vn.congdoan.baocao.security.ProvinceGroups;

/**
 * A second, bare Camunda engine in the same JVM, for benchmarks: the engine and its REST API (HTTP Basic against
 * its own users, as {@code /engine-rest} is usually protected) and nothing of the application, on a schema of its
 * own. It reads the application's {@code camunda.bpm} settings (history level, authorization, job executor, engine
 * properties) from the same {@code application.yaml}, and the engine's table migrations the application runs, so
 * that the difference to the application is the application's own work. Its models are {@link BareModels}.
 */
public final class BareEngine implements AutoCloseable {

    public static final String NAME = "bare";
    public static final String SCHEMA = "bare";
    public static final String ADMIN = "bare-admin";
    public static final String PASSWORD = "demo";

    private final ConfigurableApplicationContext context;

    private BareEngine(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * Starts the engine on that database (the schema must exist and be empty) with the plugins and a post-processor
     * of its data source (e.g. to count statements); deploys the bare models.
     */
    public static BareEngine start(String url, String user, String password, List<ProcessEnginePlugin> plugins,
                                   BeanPostProcessor dataSourcePostProcessor) {
        // arguments, so that they come before application.yaml's values
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.datasource.url", url);
        properties.put("spring.datasource.username", user);
        properties.put("spring.datasource.password", password);
        properties.put("server.port", "0");
        properties.put("camunda.bpm.process-engine-name", NAME);
        properties.put("camunda.bpm.database.schema-name", SCHEMA);
        properties.put("camunda.bpm.database.table-prefix", SCHEMA + ".");
        properties.put("camunda.bpm.auto-deployment-enabled", "false");
        properties.put("camunda.bpm.job-execution.enabled", "true");
        String[] arguments = properties.entrySet().stream().map(p -> "--" + p.getKey() + "=" + p.getValue())
                .toArray(String[]::new);
        SpringApplication application = new SpringApplicationBuilder(Application.class)
                .bannerMode(Banner.Mode.OFF)
                .initializers(context -> {
                    context.getBeanFactory().addBeanPostProcessor(dataSourcePostProcessor);
                    for (int i = 0; i < plugins.size(); i++) {
                        context.getBeanFactory().registerSingleton("benchmarkPlugin" + i, plugins.get(i));
                    }
                })
                .build();
        // the application's context configured logging already; a second set-up would reset its levels
        application.setListeners(application.getListeners().stream()
                .filter(listener -> !(listener instanceof LoggingApplicationListener)).toList());
        BareEngine bare = new BareEngine(application.run(arguments));
        new EngineTableMigrations(bare.engine(), bare.context.getBean(DataSource.class)).afterPropertiesSet();
        bare.addAdmin();
        bare.deploy();
        return bare;
    }

    public ProcessEngine engine() {
        return context.getBean(ProcessEngine.class);
    }

    /** The engine's REST API, e.g. {@code http://localhost:1234/engine-rest/engine/bare}. */
    public String restUrl() {
        int port = ((ServletWebServerApplicationContext) context).getWebServer().getPort();
        return "http://localhost:" + port + "/engine-rest/engine/" + NAME;
    }

    /** Creates the users (password {@link #PASSWORD}), each a member of the group of its own name. */
    public void addUsersWithGroups(List<String> ids) {
        IdentityService identity = engine().getIdentityService();
        for (String id : ids) {
            Group group = identity.newGroup(id);
            group.setName(id);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
            User user = identity.newUser(id);
            user.setPassword(PASSWORD);
            identity.saveUser(user);
            identity.createMembership(id, id);
        }
    }

    private void addAdmin() {
        IdentityService identity = engine().getIdentityService();
        User admin = identity.newUser(ADMIN);
        admin.setPassword(PASSWORD);
        identity.saveUser(admin);
        Group admins = identity.newGroup(ProvinceGroups.CAMUNDA_ADMIN);
        admins.setName(ProvinceGroups.CAMUNDA_ADMIN);
        identity.saveGroup(admins);
        identity.createMembership(ADMIN, ProvinceGroups.CAMUNDA_ADMIN);
        // as the webapps' first-user set-up does: the group may do everything with everything
        AuthorizationService authorizations = engine().getAuthorizationService();
        for (Resources resource : Resources.values()) {
            Authorization all = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            all.setGroupId(ProvinceGroups.CAMUNDA_ADMIN);
            all.setResource(resource);
            all.setResourceId(Authorization.ANY);
            all.addPermission(Permissions.ALL);
            authorizations.saveAuthorization(all);
        }
    }

    private void deploy() {
        DeploymentBuilder deployment = engine().getRepositoryService().createDeployment().name("bare models");
        BareModels.load().forEach(deployment::addModelInstance);
        deployment.deploy();
    }

    @Override
    public void close() {
        context.close();
    }

    // a plain configuration: a @SpringBootConfiguration here would be what the tests of this package start
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({PropertyPlaceholderAutoConfiguration.class, DataSourceAutoConfiguration.class,
            DataSourceTransactionManagerAutoConfiguration.class, TransactionAutoConfiguration.class,
            JacksonAutoConfiguration.class, ServletWebServerFactoryAutoConfiguration.class,
            JerseyAutoConfiguration.class, CamundaBpmAutoConfiguration.class,
            CamundaBpmRestJerseyAutoConfiguration.class})
    static class Application {

        @Bean
        FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestLogin() {
            FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration =
                    new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
            registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                    HttpBasicAuthenticationProvider.class.getName());
            registration.addUrlPatterns("/engine-rest/*");
            return registration;
        }
    }
}
