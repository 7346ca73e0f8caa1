/**
 */
package cymru.croeso.model.edit.provider;


import cymru.croeso.model.CroesoFactory;
import cymru.croeso.model.CroesoPackage;
import cymru.croeso.model.ServiceAssumptions;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EStructuralFeature;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ViewerNotification;

/**
 * This is the item provider adapter for a {@link cymru.croeso.model.ServiceAssumptions} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class ServiceAssumptionsItemProvider extends ModelElementItemProvider {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ServiceAssumptionsItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addParticipationRatePropertyDescriptor(object);
			addNonUkBornEalSharePropertyDescriptor(object);
			addUkBornEalSharePropertyDescriptor(object);
			addSurplusFlagPercentPropertyDescriptor(object);
			addNonUkBornLimitedEnglishSharePropertyDescriptor(object);
			addUkBornLimitedEnglishSharePropertyDescriptor(object);
			addEsolUptakeRatePropertyDescriptor(object);
			addEsolWaitingListDropOutPropertyDescriptor(object);
			addEsolGuidedHoursPerLearnerPropertyDescriptor(object);
			addEsolCostPerGuidedHourPropertyDescriptor(object);
			addInstitutionalRatePropertyDescriptor(object);
			addHeadshipRateAdultPropertyDescriptor(object);
			addVacancyRatePropertyDescriptor(object);
			addSecondHomesRatePropertyDescriptor(object);
			addNonUkBornRentingSharePropertyDescriptor(object);
			addUkBornRentingSharePropertyDescriptor(object);
			addCrowdingIndexThresholdPropertyDescriptor(object);
			addGpRegistrationRatePropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Participation Rate feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addParticipationRatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceAssumptions_participationRate_feature"),
				 getString("_UI_ServiceAssumptions_participationRate_description"),
				 CroesoPackage.Literals.SERVICE_ASSUMPTIONS__PARTICIPATION_RATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Non Uk Born Eal Share feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNonUkBornEalSharePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceAssumptions_nonUkBornEalShare_feature"),
				 getString("_UI_ServiceAssumptions_nonUkBornEalShare_description"),
				 CroesoPackage.Literals.SERVICE_ASSUMPTIONS__NON_UK_BORN_EAL_SHARE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Uk Born Eal Share feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUkBornEalSharePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceAssumptions_ukBornEalShare_feature"),
				 getString("_UI_ServiceAssumptions_ukBornEalShare_description"),
				 CroesoPackage.Literals.SERVICE_ASSUMPTIONS__UK_BORN_EAL_SHARE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Surplus Flag Percent feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSurplusFlagPercentPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceAssumptions_surplusFlagPercent_feature"),
				 getString("_UI_ServiceAssumptions_surplusFlagPercent_description"),
				 CroesoPackage.Literals.SERVICE_ASSUMPTIONS__SURPLUS_FLAG_PERCENT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Non Uk Born Limited English Share feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNonUkBornLimitedEnglishSharePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceAssumptions_nonUkBornLimitedEnglishShare_feature"),
				 getString("_UI_ServiceAssumptions_nonUkBornLimitedEnglishShare_description"),
				 CroesoPackage.Literals.SERVICE_ASSUMPTIONS__NON_UK_BORN_LIMITED_ENGLISH_SHARE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Uk Born Limited English Share feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUkBornLimitedEnglishSharePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceAssumptions_ukBornLimitedEnglishShare_feature"),
				 getString("_UI_ServiceAssumptions_ukBornLimitedEnglishShare_description"),
				 CroesoPackage.Literals.SERVICE_ASSUMPTIONS__UK_BORN_LIMITED_ENGLISH_SHARE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Esol Uptake Rate feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEsolUptakeRatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceAssumptions_esolUptakeRate_feature"),
				 getString("_UI_ServiceAssumptions_esolUptakeRate_description"),
				 CroesoPackage.Literals.SERVICE_ASSUMPTIONS__ESOL_UPTAKE_RATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Esol Waiting List Drop Out feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEsolWaitingListDropOutPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceAssumptions_esolWaitingListDropOut_feature"),
				 getString("_UI_ServiceAssumptions_esolWaitingListDropOut_description"),
				 CroesoPackage.Literals.SERVICE_ASSUMPTIONS__ESOL_WAITING_LIST_DROP_OUT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Esol Guided Hours Per Learner feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEsolGuidedHoursPerLearnerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceAssumptions_esolGuidedHoursPerLearner_feature"),
				 getString("_UI_ServiceAssumptions_esolGuidedHoursPerLearner_description"),
				 CroesoPackage.Literals.SERVICE_ASSUMPTIONS__ESOL_GUIDED_HOURS_PER_LEARNER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Esol Cost Per Guided Hour feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEsolCostPerGuidedHourPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceAssumptions_esolCostPerGuidedHour_feature"),
				 getString("_UI_ServiceAssumptions_esolCostPerGuidedHour_description"),
				 CroesoPackage.Literals.SERVICE_ASSUMPTIONS__ESOL_COST_PER_GUIDED_HOUR,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Institutional Rate feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addInstitutionalRatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceAssumptions_institutionalRate_feature"),
				 getString("_UI_ServiceAssumptions_institutionalRate_description"),
				 CroesoPackage.Literals.SERVICE_ASSUMPTIONS__INSTITUTIONAL_RATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Headship Rate Adult feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addHeadshipRateAdultPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceAssumptions_headshipRateAdult_feature"),
				 getString("_UI_ServiceAssumptions_headshipRateAdult_description"),
				 CroesoPackage.Literals.SERVICE_ASSUMPTIONS__HEADSHIP_RATE_ADULT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Vacancy Rate feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addVacancyRatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceAssumptions_vacancyRate_feature"),
				 getString("_UI_ServiceAssumptions_vacancyRate_description"),
				 CroesoPackage.Literals.SERVICE_ASSUMPTIONS__VACANCY_RATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Second Homes Rate feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addSecondHomesRatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceAssumptions_secondHomesRate_feature"),
				 getString("_UI_ServiceAssumptions_secondHomesRate_description"),
				 CroesoPackage.Literals.SERVICE_ASSUMPTIONS__SECOND_HOMES_RATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Non Uk Born Renting Share feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNonUkBornRentingSharePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceAssumptions_nonUkBornRentingShare_feature"),
				 getString("_UI_ServiceAssumptions_nonUkBornRentingShare_description"),
				 CroesoPackage.Literals.SERVICE_ASSUMPTIONS__NON_UK_BORN_RENTING_SHARE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Uk Born Renting Share feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addUkBornRentingSharePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceAssumptions_ukBornRentingShare_feature"),
				 getString("_UI_ServiceAssumptions_ukBornRentingShare_description"),
				 CroesoPackage.Literals.SERVICE_ASSUMPTIONS__UK_BORN_RENTING_SHARE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Crowding Index Threshold feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addCrowdingIndexThresholdPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceAssumptions_crowdingIndexThreshold_feature"),
				 getString("_UI_ServiceAssumptions_crowdingIndexThreshold_description"),
				 CroesoPackage.Literals.SERVICE_ASSUMPTIONS__CROWDING_INDEX_THRESHOLD,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Gp Registration Rate feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addGpRegistrationRatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_ServiceAssumptions_gpRegistrationRate_feature"),
				 getString("_UI_ServiceAssumptions_gpRegistrationRate_description"),
				 CroesoPackage.Literals.SERVICE_ASSUMPTIONS__GP_REGISTRATION_RATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This specifies how to implement {@link #getChildren} and is used to deduce an appropriate feature for an
	 * {@link org.eclipse.emf.edit.command.AddCommand}, {@link org.eclipse.emf.edit.command.RemoveCommand} or
	 * {@link org.eclipse.emf.edit.command.MoveCommand} in {@link #createCommand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Collection<? extends EStructuralFeature> getChildrenFeatures(Object object) {
		if (childrenFeatures == null) {
			super.getChildrenFeatures(object);
			childrenFeatures.add(CroesoPackage.Literals.SERVICE_ASSUMPTIONS__FIGURE_SOURCES);
		}
		return childrenFeatures;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EStructuralFeature getChildFeature(Object object, Object child) {
		// Check the type of the specified child object and return the proper feature to use for
		// adding (see {@link AddCommand}) it as a child.

		return super.getChildFeature(object, child);
	}

	/**
	 * This returns ServiceAssumptions.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/ServiceAssumptions"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		ServiceAssumptions serviceAssumptions = (ServiceAssumptions)object;
		return getString("_UI_ServiceAssumptions_type") + " " + serviceAssumptions.getParticipationRate();
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(ServiceAssumptions.class)) {
			case CroesoPackage.SERVICE_ASSUMPTIONS__PARTICIPATION_RATE:
			case CroesoPackage.SERVICE_ASSUMPTIONS__NON_UK_BORN_EAL_SHARE:
			case CroesoPackage.SERVICE_ASSUMPTIONS__UK_BORN_EAL_SHARE:
			case CroesoPackage.SERVICE_ASSUMPTIONS__SURPLUS_FLAG_PERCENT:
			case CroesoPackage.SERVICE_ASSUMPTIONS__NON_UK_BORN_LIMITED_ENGLISH_SHARE:
			case CroesoPackage.SERVICE_ASSUMPTIONS__UK_BORN_LIMITED_ENGLISH_SHARE:
			case CroesoPackage.SERVICE_ASSUMPTIONS__ESOL_UPTAKE_RATE:
			case CroesoPackage.SERVICE_ASSUMPTIONS__ESOL_WAITING_LIST_DROP_OUT:
			case CroesoPackage.SERVICE_ASSUMPTIONS__ESOL_GUIDED_HOURS_PER_LEARNER:
			case CroesoPackage.SERVICE_ASSUMPTIONS__ESOL_COST_PER_GUIDED_HOUR:
			case CroesoPackage.SERVICE_ASSUMPTIONS__INSTITUTIONAL_RATE:
			case CroesoPackage.SERVICE_ASSUMPTIONS__HEADSHIP_RATE_ADULT:
			case CroesoPackage.SERVICE_ASSUMPTIONS__VACANCY_RATE:
			case CroesoPackage.SERVICE_ASSUMPTIONS__SECOND_HOMES_RATE:
			case CroesoPackage.SERVICE_ASSUMPTIONS__NON_UK_BORN_RENTING_SHARE:
			case CroesoPackage.SERVICE_ASSUMPTIONS__UK_BORN_RENTING_SHARE:
			case CroesoPackage.SERVICE_ASSUMPTIONS__CROWDING_INDEX_THRESHOLD:
			case CroesoPackage.SERVICE_ASSUMPTIONS__GP_REGISTRATION_RATE:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
			case CroesoPackage.SERVICE_ASSUMPTIONS__FIGURE_SOURCES:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), true, false));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);

		newChildDescriptors.add
			(createChildParameter
				(CroesoPackage.Literals.SERVICE_ASSUMPTIONS__FIGURE_SOURCES,
				 CroesoFactory.eINSTANCE.createFigureSource()));
	}

}
