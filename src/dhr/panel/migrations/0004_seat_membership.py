"""One record of the panel (panel/seats.py): link each existing panel member's or
chair's account to its seat, taking over a typed seat of the same agency where
there is one and making one where there is not."""

import django.db.models.deletion
from django.db import migrations, models

SEAT_ROLES = {"panel_member", "independent_chair"}


def link_seats(apps, schema_editor):
    Membership = apps.get_model("reviews", "ReviewMembership")
    PanelMember = apps.get_model("panel", "PanelMember")
    for membership in Membership.objects.filter(role__in=SEAT_ROLES).select_related(
        "user", "agency"
    ):
        chair = membership.role == "independent_chair"
        free = PanelMember.objects.filter(review_id=membership.review_id, membership__isnull=True)
        if chair:
            free = free.filter(is_independent_chair=True)
        else:
            free = free.filter(agency_id=membership.agency_id, is_independent_chair=False)
        name = membership.user.full_name.strip()
        seat = (name and free.filter(member_name__iexact=name).first()) or free.filter(
            member_name=""
        ).first()
        if seat is not None:
            seat.membership = membership
            seat.member_name = seat.member_name or name
            seat.save(update_fields=["membership", "member_name"])
            continue
        PanelMember.objects.create(
            review_id=membership.review_id,
            agency=membership.agency,
            public_label="Independent Chair" if chair else membership.agency.name,
            member_name=name,
            role=membership.user.job_title,
            is_independent_chair=chair,
            membership=membership,
            position=PanelMember.objects.filter(review_id=membership.review_id).count() + 1,
        )


class Migration(migrations.Migration):
    dependencies = [
        ("panel", "0003_text_limits"),
        ("reviews", "0005_invitation"),
    ]

    operations = [
        migrations.AddField(
            model_name="panelmember",
            name="membership",
            field=models.OneToOneField(
                blank=True,
                help_text="The member's account on this review, when they have one (panel/seats.py).",
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="panel_seat",
                to="reviews.reviewmembership",
            ),
        ),
        migrations.RunPython(link_seats, migrations.RunPython.noop),
    ]
