package vn.congdoan.baocao.notification;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import vn.congdoan.baocao.system.AppProperties;
import vn.congdoan.baocao.unit.UnitDetails;
import vn.congdoan.baocao.unit.UnitDirectory;

/**
 * E-mails a stored notification after its transaction committed, when spring.mail is set: to the
 * unit's address, or to the address configured for a province group. Without mail it is only stored.
 */
@Component
class NotificationMailer {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationMailer.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final NotificationRepository repository;
    private final UnitDirectory units;
    private final AppProperties properties;
    private final TransactionTemplate transaction;

    NotificationMailer(ObjectProvider<JavaMailSender> mail, NotificationRepository repository, UnitDirectory units,
                       AppProperties properties, PlatformTransactionManager transactions) {
        this.mail = mail;
        this.repository = repository;
        this.units = units;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Without a mail server no connection is taken: the committed transaction still holds its own. */
    @TransactionalEventListener
    public void stored(NotificationStored stored) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return;
        }
        transaction.executeWithoutResult(status -> mail(sender, stored));
    }

    private void mail(JavaMailSender sender, NotificationStored stored) {
        Notification notification = repository.findById(stored.notificationId()).orElse(null);
        if (notification == null) {
            return;
        }
        String address = addressOf(notification.recipient());
        if (address == null || address.isBlank()) {
            LOG.info("No e-mail address for {}: notification {} stored only", notification.recipient(),
                    notification.id());
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mail() == null ? null : properties.mail().from());
        message.setTo(address);
        message.setSubject("[Báo cáo] " + firstLine(notification.message()));
        message.setText(notification.message());
        try {
            sender.send(message);
            notification.mailedTo(address);
        } catch (MailException e) {
            LOG.warn("Notification {} not mailed to {}: {}", notification.id(), address, e.getMessage());
        }
    }

    private String addressOf(String recipient) {
        String group = properties.mail() == null ? null : properties.mail().addressOfGroup(recipient);
        return group != null ? group : units.find(recipient).map(UnitDetails::email).orElse(null);
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return line.length() > 120 ? line.substring(0, 117) + "…" : line;
    }
}
