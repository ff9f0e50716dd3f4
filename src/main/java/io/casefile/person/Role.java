package io.casefile.person;

import java.util.List;

import io.casefile.date.StatedDate;
import io.casefile.organization.Organization;
import io.casefile.source.Citation;

/**
 * A person's title at an organization, from when until when, as its sources state it.
 */
public record Role(String id, String title, Person person, Organization organization, StatedDate from, StatedDate until,
		List<Citation> citations) {
}
