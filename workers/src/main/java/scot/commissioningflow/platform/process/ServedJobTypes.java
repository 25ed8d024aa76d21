package scot.commissioningflow.platform.process;

import io.camunda.client.annotation.JobWorker;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;
import org.springframework.util.StringUtils;

/**
 * The job types this application has a worker for, read from the {@link JobWorker} methods of its beans: a model
 * that names any other type would wait for ever at that step, so a commissioner's model is checked against these.
 */
@Component
public class ServedJobTypes {

    private final ListableBeanFactory beans;
    private volatile Set<String> types;

    ServedJobTypes(ListableBeanFactory beans) {
        this.beans = beans;
    }

    public boolean served(String jobType) {
        return all().contains(jobType);
    }

    public Set<String> all() {
        if (types == null) {
            types = collect();
        }
        return types;
    }

    private Set<String> collect() {
        Set<String> found = new TreeSet<>();
        for (String name : beans.getBeanDefinitionNames()) {
            Class<?> type = beans.getType(name, false);
            if (type == null || !type.getPackageName().startsWith("scot.commissioningflow")) {
                continue;
            }
            ReflectionUtils.doWithMethods(ClassUtils.getUserClass(type), method -> {
                JobWorker worker = method.getAnnotation(JobWorker.class);
                // The client's default type, when none is named, is the method's name.
                found.add(StringUtils.hasText(worker.type()) ? worker.type() : method.getName());
            }, method -> method.isAnnotationPresent(JobWorker.class));
        }
        return Set.copyOf(found);
    }
}
