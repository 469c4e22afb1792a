package org.wfed.aid.internal.imports;

import java.time.LocalDate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.wfed.aid.AidPermissions;
import org.wfed.aid.dto.Campaign;
import org.wfed.aid.dto.ImportKind;
import org.wfed.aid.dto.ImportRequest;
import org.wfed.aid.internal.AidSchema;
import org.wfed.aid.internal.programme.CategoryRepository;
import org.wfed.aid.internal.screening.CampaignService;
import org.wfed.aid.internal.screening.ScreeningService;
import org.wfed.core.AccessControl;
import org.wfed.core.Caller;
import org.wfed.core.Database;
import org.wfed.core.OrgService;
import org.wfed.core.PeriodLocks;
import org.wfed.core.PersonService;
import org.wfed.core.exports.Exports;
import org.wfed.core.imports.ImportLayout;
import org.wfed.core.imports.ImportReport;
import org.wfed.core.imports.ImportService;
import org.wfed.core.imports.Importer;

/**
 * Aid's two imports (花名册, 筛查结果) on core's import service: checks the caller's rights and the target, then
 * hands the file to {@link ImportService} with the list's {@link Importer}.
 */
@Component(service = AidImports.class)
public final class AidImports {

    private final Database db;
    private final ImportService imports;
    private final AccessControl access;
    private final PersonService persons;
    private final OrgService orgs;
    private final PeriodLocks locks;
    private final CampaignService campaigns;
    private final ScreeningService screening;
    private final Exports exports;

    @Activate
    public AidImports(@Reference AidSchema schema, @Reference Database db, @Reference ImportService imports,
                      @Reference AccessControl access, @Reference PersonService persons, @Reference OrgService orgs,
                      @Reference PeriodLocks locks, @Reference CampaignService campaigns,
                      @Reference ScreeningService screening, @Reference Exports exports) {
        this.db = db;
        this.imports = imports;
        this.access = access;
        this.persons = persons;
        this.orgs = orgs;
        this.locks = locks;
        this.campaigns = campaigns;
        this.screening = screening;
        this.exports = exports;
    }

    public ImportReport preview(Caller caller, ImportRequest in) {
        return imports.preview(caller, importer(caller, in), in.upload());
    }

    public ImportReport commit(Caller caller, ImportRequest in) {
        return imports.commit(caller, importer(caller, in), in.upload());
    }

    /** The layout of a kind, for its template: the roster's with the categories configured now. */
    public ImportLayout layout(ImportKind kind) {
        return kind == ImportKind.SCREENING ? ScreeningImporter.LAYOUT
                : RosterImporter.layout(db.read(CategoryRepository::codeList));
    }

    /**
     * A roster needs aid.import in the target unit; screening results aid.import and aid.screen in the campaign's
     * unit, which must lie in the caller's subtree (404 otherwise).
     */
    private Importer<?> importer(Caller caller, ImportRequest in) {
        if (in.kind() == ImportKind.SCREENING) {
            Campaign k = campaigns.get(caller, in.campaignId());
            access.require(caller, AidPermissions.IMPORT);
            access.check(caller, AidPermissions.SCREEN, k.unitId());
            return new ScreeningImporter(k, in.inviteMissing(), campaigns, screening, persons, orgs, access, locks);
        }
        access.check(caller, AidPermissions.IMPORT, in.unitId());
        return new RosterImporter(db.read(CategoryRepository::codeList), in.unitId(), persons, access,
                LocalDate.now(exports.zone()));
    }
}
