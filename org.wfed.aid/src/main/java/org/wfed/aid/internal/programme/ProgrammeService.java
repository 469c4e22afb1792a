package org.wfed.aid.internal.programme;

import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.aid.dto.Category;
import org.wfed.aid.dto.Programme;
import org.wfed.aid.dto.ProgrammeInput;
import org.wfed.aid.internal.AidSchema;
import org.wfed.core.AuditLog;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.Validation;
import org.wfed.core.WfedException;

/** Programmes (救助项目) and hardship categories (困难类别) as configured data. */
@Component(service = ProgrammeService.class)
public final class ProgrammeService {

    private final Database db;
    private final AuditLog audit;

    @Activate
    public ProgrammeService(@Reference AidSchema schema, @Reference Database db, @Reference AuditLog audit) {
        this.db = db;
        this.audit = audit;
    }

    public List<Programme> list() {
        return db.read(ProgrammeRepository::all);
    }

    public Programme get(long id) {
        return db.read(c -> ProgrammeRepository.byId(c, id)).orElseThrow(() -> WfedException.notFound("救助项目 " + id));
    }

    public Programme create(Caller caller, ProgrammeInput in) {
        long id = db.write(c -> {
            checkCodes(in, CategoryRepository.names(c));
            if (ProgrammeRepository.byCode(c, in.code()).isPresent()) {
                throw WfedException.conflict("AID_PROGRAMME_CODE_TAKEN", "项目代码" + in.code() + "已被使用",
                        "Programme code already used");
            }
            return ProgrammeRepository.insert(c, in);
        });
        audit.ok(caller, "aid.programme.create", "aid_programme", id, in.code());
        return get(id);
    }

    public Programme update(Caller caller, long id, ProgrammeInput in) {
        new Validation().required("version", in.version()).check();
        db.write(c -> {
            checkCodes(in, CategoryRepository.names(c));
            ProgrammeRepository.update(c, id, in);
            audit.ok(c, caller, "aid.programme.update", "aid_programme", id, in.code());
            return null;
        });
        return get(id);
    }

    public List<Category> categories() {
        return db.read(CategoryRepository::all);
    }

    public Category addCategory(Caller caller, Category k) {
        new Validation().text("code", k.code(), 30, true).text("nameZh", k.nameZh(), 50, true)
                .text("nameEn", k.nameEn(), 50, true)
                .rule(k.code() == null || k.code().matches("[A-Z][A-Z0-9_]{1,29}"), "code", "INVALID_CODE",
                        "只能用大写字母、数字和下划线").check();
        db.write(c -> {
            for (Category known : CategoryRepository.all(c)) {
                if (known.code().equals(k.code()) || known.nameZh().equals(k.nameZh().trim())) {
                    throw WfedException.conflict("AID_CATEGORY_EXISTS", "已有救助对象类别「" + known.nameZh() + "」（" + known.code()
                            + "），不能重复添加", "The group exists already");
                }
            }
            CategoryRepository.insert(c, k, 500);
            audit.ok(c, caller, "aid.category.create", "aid_category", k.code(), k.nameZh());
            return null;
        });
        return k;
    }

    private static void checkCodes(ProgrammeInput in, Map<String, String> categories) {
        Validation v = new Validation();
        for (String code : in.rules().categories()) {
            v.rule(categories.containsKey(code), "rules.categories", "UNKNOWN_CATEGORY", "未知的救助对象类别：" + code);
        }
        v.check();
    }
}
