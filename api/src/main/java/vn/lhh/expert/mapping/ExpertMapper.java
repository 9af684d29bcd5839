package vn.lhh.expert.mapping;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.lhh.common.text.SearchText;
import vn.lhh.expert.Availability;
import vn.lhh.expert.Expert;
import vn.lhh.expert.ExpertiseField;
import vn.lhh.expert.Qualification;
import vn.lhh.expert.Visibility;
import vn.lhh.expert.dto.ExpertDtos.AssociationRef;
import vn.lhh.expert.dto.ExpertDtos.Contact;
import vn.lhh.expert.dto.ExpertDtos.ExpertDto;
import vn.lhh.expert.dto.ExpertDtos.ExpertInput;
import vn.lhh.expert.dto.ExpertDtos.FieldRef;
import vn.lhh.expert.dto.ExpertDtos.Publication;
import vn.lhh.expert.dto.ExpertDtos.VisibilitySettings;
import vn.lhh.expert.dto.ExpertRef;

/** Profiles ↔ API records; hides each group of fields the caller's audience does not cover. */
@ApplicationScoped
public class ExpertMapper {
    private static final TypeReference<List<Publication>> PUBLICATIONS = new TypeReference<>() {
    };

    @Inject
    ObjectMapper json;

    /** "PGS.TS. Nguyễn Văn Hùng": title and degree abbreviations before the name, as Vietnamese documents write them. */
    public static String displayName(String titleCode, String degreeCode, String fullName) {
        return ExpertRef.displayName(titleCode, degreeCode, fullName);
    }

    /** What another feature may know of an expert. */
    public static ExpertRef ref(Expert e) {
        return new ExpertRef(e.id, e.fullName, displayName(e.titleCode, e.degreeCode, e.fullName), e.organisation, e.username,
                e.availability, e.membership);
    }

    public ExpertDto toDto(Expert e, Visibility audience, boolean canEdit, Map<String, ExpertiseField> fields,
                           Map<UUID, String> associationNames) {
        boolean internal = audience == Visibility.INTERNAL;
        boolean bio = audience.covers(e.biographyVisibility);
        boolean contact = audience.covers(e.contactVisibility);
        boolean availability = audience.covers(e.availabilityVisibility);
        List<FieldRef> fieldRefs = e.fieldCodes.stream().sorted().map(fields::get).filter(f -> f != null)
                .map(f -> new FieldRef(f.code, f.nameVi, f.nameEn)).toList();
        List<AssociationRef> affiliations = e.associationIds.stream().filter(associationNames::containsKey)
                .map(id -> new AssociationRef(id, associationNames.get(id))).sorted((a, b) -> a.name().compareTo(b.name())).toList();
        return new ExpertDto(e.id, e.fullName, displayName(e.titleCode, e.degreeCode, e.fullName), e.titleCode, e.degreeCode,
                fieldRefs, List.of(e.keywords), e.position, e.organisation, affiliations,
                bio ? e.biography : null, bio ? publications(e.publications) : null, bio ? e.orcid : null,
                bio ? List.of(e.languages) : null,
                contact ? new Contact(e.contactEmail, e.contactPhone, e.contactAddress) : null,
                availability ? e.availability : null, availability ? e.busyUntil : null, e.membership,
                internal ? new VisibilitySettings(e.profileVisibility, e.biographyVisibility, e.contactVisibility, e.availabilityVisibility) : null,
                internal ? e.username : null, audience, canEdit, e.version);
    }

    /** Copies the input onto the profile (the caller has validated it); username and membership are the service's. */
    public void apply(ExpertInput in, Expert e) {
        e.fullName = SearchText.clean(in.fullName());
        e.titleCode = SearchText.cleanOptional(in.titleCode());
        e.degreeCode = SearchText.cleanOptional(in.degreeCode());
        e.position = SearchText.cleanOptional(in.position());
        e.organisation = SearchText.cleanOptional(in.organisation());
        e.biography = SearchText.cleanOptional(in.biography());
        e.orcid = SearchText.cleanOptional(in.orcid());
        e.keywords = cleanList(in.keywords());
        e.languages = cleanList(in.languages());
        e.publications = writePublications(in.publications() == null ? List.of() : in.publications().stream()
                .map(p -> new Publication(SearchText.clean(p.title()), SearchText.cleanOptional(p.url()), p.year())).toList());
        Contact c = in.contact();
        e.contactEmail = c == null ? null : SearchText.cleanOptional(c.email());
        e.contactPhone = c == null ? null : SearchText.cleanOptional(c.phone());
        e.contactAddress = c == null ? null : SearchText.cleanOptional(c.address());
        e.availability = in.availability();
        e.busyUntil = in.availability() == Availability.busy ? in.busyUntil() : null;
        VisibilitySettings v = in.visibility();
        e.profileVisibility = v == null || v.profile() == null ? Visibility.PUBLIC : v.profile();
        e.biographyVisibility = v == null || v.biography() == null ? Visibility.PUBLIC : v.biography();
        e.contactVisibility = v == null || v.contact() == null ? Visibility.INTERNAL : v.contact();
        e.availabilityVisibility = v == null || v.availability() == null ? Visibility.PARTNERS : v.availability();
        e.fieldCodes.clear();
        if (in.fieldCodes() != null) {
            in.fieldCodes().forEach(code -> e.fieldCodes.add(code.trim()));
        }
        e.associationIds.clear();
        if (in.associationIds() != null) {
            e.associationIds.addAll(in.associationIds());
        }
    }

    /** The keys the search compares against: the name alone, and everything a searcher might type. */
    public void rekey(Expert e, Map<String, ExpertiseField> fields, Map<String, Qualification> qualifications) {
        e.nameKey = SearchText.normalize(e.fullName);
        List<String> parts = new ArrayList<>(List.of(e.fullName));
        for (String code : new String[] {e.titleCode, e.degreeCode}) {
            if (code != null && qualifications.containsKey(code)) {
                parts.add(code);
                parts.add(qualifications.get(code).nameVi);
            }
        }
        e.fieldCodes.stream().map(fields::get).filter(f -> f != null).forEach(f -> {
            parts.add(f.nameVi);
            parts.add(f.nameEn);
        });
        parts.addAll(Arrays.asList(e.keywords));
        if (e.position != null) {
            parts.add(e.position);
        }
        if (e.organisation != null) {
            parts.add(e.organisation);
        }
        e.searchKey = SearchText.normalize(String.join(" ", parts));
    }

    private static String[] cleanList(List<String> values) {
        return values == null ? new String[0]
                : values.stream().map(SearchText::cleanOptional).filter(s -> s != null).distinct().toArray(String[]::new);
    }

    private List<Publication> publications(String stored) {
        try {
            return json.readValue(stored, PUBLICATIONS);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("stored publications are not JSON", ex);
        }
    }

    private String writePublications(List<Publication> list) {
        try {
            return json.writeValueAsString(list);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
