package org.wfed.core;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;
import org.wfed.core.dto.PersonFacts;
import org.wfed.core.dto.PersonInput;

/**
 * The one person registry every module shares (人员库). Modules see people's facts, never the raw
 * ID number; they find people by ID number for imports and create them inside their own transaction.
 */
@ProviderType
public interface PersonService {

    /** Facts of one person, or 404. */
    PersonFacts facts(long personId);

    /** Facts of many people in one query (no N+1). */
    Map<Long, PersonFacts> facts(Collection<Long> personIds);

    /** The person with this ID number (15 or 18 digits), if registered. */
    Optional<Long> findByIdNumber(Connection c, String idNumber) throws SQLException;

    /** The registered people among these ID numbers (15 or 18 digits): 18-digit number → person id. */
    Map<String, Long> findByIdNumbers(Connection c, Collection<String> idNumbers) throws SQLException;

    /**
     * Registers a person inside the caller's transaction after checking her unit lies in the caller's
     * subtree; 409 when the ID number is registered already.
     */
    long create(Connection c, Caller caller, PersonInput input) throws SQLException;

    /**
     * Registers many people in one batch inside the caller's transaction (imports, generated data):
     * the same validation and subtree checks as {@link #create}, duplicates refused by the database,
     * one audit entry for the batch. Answers the new ids in input order.
     */
    java.util.List<Long> createAll(Connection c, Caller caller, java.util.List<PersonInput> inputs) throws SQLException;
}
